export const USAGE = `Usage: factlint check [options] <dir|file|glob|->...
       factlint report [options] <dir|file>...   (check with --format html --fail-on none)
       factlint merge [--format <name>] [-o <file>] <shard report>...   (reports of --shard runs into one)

Checks sets of versions of one story for facts that disagree or were dropped.

Inputs:
  <dir>               a set: every version file in it (--include globs); sub-folders are sets too
  <file>...           loose files: one set per folder; files of the same name in several
                      folders (old/story.txt new/story.txt) are one set, ids old/story, new/story
  '<glob>'            a quoted glob ('stories/**/*.txt'), expanded by factlint
  -                   one version read from stdin (joins the loose files with --set)
  --set               all loose files (and stdin) are one set, whatever their folders
  --git <file>        the file's git history: one version per commit (follows renames)
  --git-base <ref>    PR mode: each story file changed since <ref>, at <ref> against the working tree
                      (also --changed-since <ref>)
  --include <glob>    version files in a set folder (repeatable; default *.txt *.md *.html *.htm)
  --exclude <glob>    files that are never versions (repeatable)

Rules and config:
  -c, --config <file> config file (default: the nearest factlint.config.yaml above the working dir)
  --rules <file>      rule file to use (repeatable), instead of the default choice
  --rules-dir <dir>   a folder of rule files (story files apply by path relative to the working dir)
                      default: the config's rules, else factlint's generic rules plus ./rules/

Speed:
  -j, --jobs <n>      sets checked in parallel, one worker thread each (default: the available
                      cores from 4,000 versions on, else 1); the report is the same whatever the number
  --shard <i/n>       check only the sets of shard i of n (by a stable hash of the set path);
                      write each shard with --format json or ndjson, then factlint merge them

Output:
  -f, --format <name>[:<file>]  text, json, ndjson, sarif, github, junit, markdown, html
                      (default: text); repeatable, one format to stdout and the others to files:
                      --format text --format sarif:out.sarif
  -o, --output <file> write the stdout format to a file instead; with html, a folder (ending
                      in / or existing) gets index.html and one page per set
  --fail-on <level>   exit 1 on findings at or above: error, warning, info, none (default: error)
  --min-severity <l>  show (and count) findings at or above: error, warning, info (default: info)
  -q, --quiet         errors only (--min-severity error), no progress or summary lines
  --baseline <file>   leave out findings recorded in this baseline (reviewed ones)
  --write-baseline <file>  write every finding of this run as a baseline
  --update-baseline   rewrite the --baseline file with this run's findings
  --progress / --no-progress  one line per set on stderr (default: when stderr is a terminal)
  --color / --no-color  force or disable colour (NO_COLOR and FORCE_COLOR are honoured)
  -h, --help          show this help
  -v, --version       show the version

Examples:
  factlint check stories/flood/
  factlint check old/story.txt new/story.txt
  factlint check --format github --format sarif:factlint.sarif stories/
  factlint check --git stories/flood.txt
  factlint check --git-base origin/main stories/
  factlint check --baseline .factlint-baseline.json stories/

Exit codes: 0 nothing at or above --fail-on, 1 findings at or above it,
2 usage, config, rule-file or input errors (a missing path, nothing to check).
`;
