/**
 * Issue 10, item 7 (small correctness gaps): UTF-16 without a BOM for text that is mostly not
 * ASCII, UTF-16 manifests, `.inf` / `.nan` in rule files, skipped files said in the report.
 */
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeBytes, isDecodeFailure } from '../../src/normalize/decode.js';
import { textReporter } from '../../src/report/text.js';
import { ARTICLE, checkJson, cli, setMaker } from '../robustness/helpers.js';

const setDir = setMaker('factlint-gaps-');

const CHINESE = '北京（美联社）——周四，一场暴雨袭击了中国北方，造成至少12人死亡。\n救援人员正在搜寻失踪者。官员说，洪水冲毁了道路和桥梁。\n';
const CHINESE_NO_ASCII = '北京消息，周四一场暴雨袭击了中国北方。救援人员正在搜寻失踪者，官员说洪水冲毁了道路和桥梁。';
const RUSSIAN = 'Москва. В четверг сильный дождь обрушился на север страны.\nПогибли 12 человек.\n';

describe('UTF-16 without a BOM', () => {
  it.each([
    ['Chinese with ASCII digits and line breaks', CHINESE],
    ['Chinese without a single ASCII character', CHINESE_NO_ASCII],
    ['Russian', RUSSIAN],
  ])('%s is UTF-16, not binary, in both byte orders', (_, text) => {
    for (const encoding of ['utf-16le', 'utf-16be'] as const) {
      const decoded = decodeBytes(iconv.encode(text, encoding));
      expect(isDecodeFailure(decoded) ? decoded.problem : decoded.encoding).toBe(encoding);
      if (!isDecodeFailure(decoded)) expect(decoded.text).toBe(text);
    }
  });

  it('8-bit text and random bytes are not taken for UTF-16', () => {
    const english = iconv.encode('The mayor\u2019s aide said the \x1b[2J storm killed 12 people on Thursday.\n'.repeat(20), 'win1252');
    const decoded = decodeBytes(english);
    expect(isDecodeFailure(decoded) ? decoded.problem : decoded.encoding).toBe('windows-1252');
    const random = Buffer.alloc(20_000);
    let s = 3;
    for (let i = 0; i < random.length; i++) {
      s = (s * 1103515245 + 12345) & 0x7fffffff;
      random[i] = (s >> 16) & 255;
    }
    const r = decodeBytes(random);
    expect(isDecodeFailure(r) ? r.problem : r.encoding).toMatch(/binary/);
    const utf8Nul = decodeBytes(Buffer.from('The mayor said \0 the storm killed 12 people.\n'.repeat(10)));
    expect(isDecodeFailure(utf8Nul) ? utf8Nul.problem : utf8Nul.encoding).toMatch(/binary/);
  });

  it('a UTF-16 Chinese version in a set is read and reported by language, not as binary', async () => {
    const dir = setDir({ 'set/a.txt': ARTICLE, 'set/b.txt': ARTICLE, 'set/c.txt': iconv.encode(CHINESE + CHINESE_NO_ASCII + '\n', 'utf-16le') });
    const run = await checkJson(['set'], dir);
    const messages = (run.report?.sets[0]?.findings ?? []).map((f) => f.message).join('\n');
    expect(messages).not.toMatch(/binary/);
    expect(messages).toMatch(/c\.txt: language \w+ is not supported/);
  });
});

describe('UTF-16 manifest', () => {
  const manifest = ['version: 1', 'versions:', '  - id: b', '    date: 2024-05-13', '  - id: a', '    date: 2024-05-14', ''].join('\n');
  it.each([
    ['UTF-16LE with a BOM', Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(manifest, 'utf-16le')])],
    ['UTF-16BE with a BOM', Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(manifest, 'utf-16be')])],
    ['UTF-16LE without a BOM', iconv.encode(manifest, 'utf-16le')],
    ['UTF-8 with a BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(manifest)])],
  ])('%s is decoded', async (_, bytes) => {
    const dir = setDir({ 'set/a.txt': ARTICLE, 'set/b.txt': ARTICLE, 'set/factlint.set.yaml': bytes });
    const run = await checkJson(['set'], dir);
    const set = run.report?.sets[0];
    expect(set?.order).toBe('manifest');
    expect(set?.versions.map((v) => v.id)).toEqual(['b', 'a']);
    expect((set?.findings ?? []).filter((f) => f.type === 'config')).toEqual([]);
  });
});

describe('.inf and .nan in rule files', () => {
  it('say what is wrong, at file:line:col', async () => {
    const rules = [
      'version: 1',
      'rules:',
      '  - id: toll',
      '    label: Toll',
      '    kind: quantity',
      '    cues: [killed]',
      '    window: .inf',
      '  - id: toll-two',
      '    label: Toll',
      '    kind: quantity',
      '    cues: [killed]',
      '    expect: [3, .nan]',
      '  - id: toll-three',
      '    label: Toll',
      '    kind: quantity',
      '    window: -.Inf',
      '    expect: 1e400',
      '',
    ].join('\n');
    const dir = setDir({ 'set/a.txt': ARTICLE, 'set/b.txt': ARTICLE, 'r.yaml': rules });
    const run = await cli(['check', 'set', '--rules', 'r.yaml'], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("r.yaml:7:13 'window' must be a finite number, got infinity (.inf");
    expect(run.stderr).toContain("r.yaml:12:17 'expect' item 2 must be a finite number, got not a number (.nan)");
    expect(run.stderr).toContain("r.yaml:16:13 'window' must be a finite number, got minus infinity (-.inf");
    expect(run.stderr).toContain("r.yaml:17:13 'expect' must be a finite number, got infinity");
    expect(run.stderr).not.toMatch(/got a number/);
  });
});

describe('files that are not versions', () => {
  it('a README, a dotfile and an excluded file are said in the JSON and text reports', async () => {
    const dir = setDir({
      'set/a.txt': ARTICLE,
      'set/b.txt': ARTICLE,
      'set/README.md': '# notes\n',
      'set/.draft.txt': ARTICLE,
      'set/notes.txt': 'x\n',
      'set/photo.png': Buffer.from([0x89, 0x50, 0x4e, 0x47]),
      'set/meta.json': '{}\n',
    });
    const run = await checkJson(['set', '--exclude', 'notes*'], dir);
    const set = run.report?.sets[0];
    expect(set?.versions.map((v) => v.id)).toEqual(['a', 'b']);
    expect(set?.skipped).toEqual([
      { path: 'set/.draft.txt', reason: 'dotfile' },
      { path: 'set/README.md', reason: 'README' },
      { path: 'set/notes.txt', reason: 'matches an exclude glob' },
    ]);
    const text = await cli(['check', 'set', '--exclude', 'notes*'], dir);
    expect(text.stdout).toContain('skipped, not versions: set/.draft.txt (dotfile), set/README.md (README), set/notes.txt (matches an exclude glob)');
  });

  it('the list is bounded, with a count of the rest', async () => {
    const files: Record<string, string> = { 'set/a.txt': ARTICLE, 'set/b.txt': ARTICLE };
    for (let i = 0; i < 30; i++) files[`set/.hidden${i}.txt`] = 'x\n';
    const run = await checkJson(['set'], setDir(files));
    const set = run.report?.sets[0];
    expect(set?.skipped).toHaveLength(20);
    expect(set?.skippedOmitted).toBe(10);
    if (set) expect(textReporter.format({ ...run.report, sets: [set] } as never, { color: false, cwd: '/' })).toContain('and 10 more');
  });

  it('a set without skipped files has no skipped field', async () => {
    const run = await checkJson(['set'], setDir({ 'set/a.txt': ARTICLE, 'set/b.txt': ARTICLE }));
    expect(run.report?.sets[0]).not.toHaveProperty('skipped');
  });
});
