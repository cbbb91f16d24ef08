import type { WireCase } from './wire-people.js';

/**
 * A second set of wire-style paragraphs (fictional people), written after the people reader
 * was tuned on WIRE_CASES and not used to tune it: a held-out check of precision and recall.
 */
export const HELDOUT_CASES: readonly WireCase[] = [
  {
    id: 'mine',
    text: `By ELENI PAPADOPOULOS, Associated Press

JOHANNESBURG (AP) — Seven miners were trapped underground after a shaft collapsed at a gold mine west of Johannesburg on Wednesday, the company said.

Sibanye Gold said rescue teams had reached a ventilation chamber. Mineral Resources Minister Thandiwe Mokoena visited the site and said the government would investigate.

Bongani Dlamini, whose son is among the trapped men, said families had been waiting since dawn. "Nobody tells us anything," Dlamini said.

The National Union of Mineworkers blamed poor maintenance. Union spokesman Lerato Khumalo said the shaft had been flagged in a safety report last year.

Associated Press writer Musa Ndlovu in Pretoria contributed.`,
    people: ['Thandiwe Mokoena', 'Bongani Dlamini', 'Lerato Khumalo'],
  },
  {
    id: 'train',
    text: `WARSAW, Poland (AP) — Two trains collided near the city of Lodz late Saturday, injuring 31 people, Polish state rail operator PKP said.

Infrastructure Minister Tomasz Wrobel said a signalling fault was the likely cause. The State Commission for Railway Accidents opened an inquiry.

A passenger, Agnieszka Sadowska, told TVN24 that the carriage tipped on its side. She said strangers helped her climb out.

Lodz Mayor Krzysztof Zielinski thanked hospital staff. The Polish Red Cross sent volunteers to the station.`,
    people: ['Tomasz Wrobel', 'Agnieszka Sadowska', 'Krzysztof Zielinski'],
  },
  {
    id: 'vote',
    text: `MEXICO CITY (AP) — Mexico's electoral institute said Monday that turnout in the referendum reached 41%, short of the threshold to make it binding.

Institute president Lorena Valdivia said counting would finish by Wednesday. The ruling Morena party called the result a victory, while the National Action Party said voters had rejected the plan.

Political analyst Hector Ibarra of the Autonomous University said the low turnout reflected fatigue. Ibarra noted that three elections had been held in 18 months.

Voters in Oaxaca waited hours in the sun. "I came because my mother asked me to," said Rosalind Ochoa, a 22-year-old nursing student.`,
    people: ['Lorena Valdivia', 'Hector Ibarra', 'Rosalind Ochoa'],
  },
  {
    id: 'ferry',
    text: `MANILA, Philippines (AP) — A ferry carrying 140 passengers caught fire off the central Philippines on Thursday, and the coast guard said all but four were rescued.

Coast Guard spokesman Rear Adm. Armando Balilo said the fire started in the engine room. The Philippine Coast Guard deployed three vessels and a helicopter.

Survivor Joy Mendoza said passengers jumped into the sea in life jackets. Mendoza, who was traveling with her two children, said a fishing boat pulled them out.

Transportation Secretary Vicente Dizon ordered an inspection of the ferry operator's fleet. Starlite Ferries did not respond to requests for comment.`,
    people: ['Armando Balilo', 'Joy Mendoza', 'Vicente Dizon'],
  },
  {
    id: 'drought',
    text: `ADDIS ABABA, Ethiopia (Reuters) — Ethiopia's government appealed for food aid on Tuesday as a third failed rainy season left millions short of food.

Abebe Tadesse, the head of the National Disaster Risk Management Commission, said 4.5 million people needed help. The World Food Programme and UNICEF said they would expand operations.

Herders in the Somali region have lost most of their livestock, said Fatuma Hassan, a local aid worker. Hassan said families were walking for days to reach water points.

(Reporting by Dawit Bekele; Editing by Alison Ford)`,
    people: ['Abebe Tadesse', 'Fatuma Hassan'],
  },
  {
    id: 'tech',
    text: `SAN FRANCISCO (AP) — Shares of Northwind Systems fell 12% on Friday after the chipmaker cut its sales forecast, blaming weak demand in China.

Chief Executive Sandra Okafor told analysts on a call that inventories would take two quarters to clear. Okafor said the company would not cut jobs.

Wedbush Securities analyst Daniel Ives said the warning was worse than expected. The Nasdaq Composite slipped 0.4%.

Northwind, based in San Jose, California, employs about 9,000 people.`,
    people: ['Sandra Okafor', 'Daniel Ives'],
  },
];

/**
 * A third set, written after the fixes the held-out set above prompted; its first score is
 * the honest one (see the README's people section).
 */
export const HELDOUT2_CASES: readonly WireCase[] = [
  {
    id: 'bridge',
    text: `By NOOR AL-SAYED, Associated Press

CAIRO (AP) — A pedestrian bridge collapsed over a canal in the Nile Delta city of Tanta on Sunday, killing five people, Egyptian officials said.

Gharbia Governor Tarek Mansour ordered an investigation and suspended two engineers from the local roads authority. The Health Ministry said 23 people were injured.

Witnesses said the bridge had been crowded with shoppers heading to the Sunday market. "It fell in seconds," said Mahmoud Fathy, who sells vegetables near the canal.

The Arab Contractors company, which built the bridge in 2009, said it would cooperate with prosecutors. Egypt's Public Prosecution said it had sent a team to the site.`,
    people: ['Tarek Mansour', 'Mahmoud Fathy'],
  },
  {
    id: 'strike',
    text: `PARIS (AP) — Air traffic controllers in France walked off the job Thursday, forcing airlines to cancel hundreds of flights across Europe.

The DGAC civil aviation authority asked airlines to cut a third of their flights at Paris Orly and Marseille Provence airports. Ryanair said it had canceled 400 flights.

Transport Minister Clement Beaune called the strike "unacceptable" during the holiday season. Union leader Gilles Roussel said controllers had been warning about staffing for two years.

Travelers slept on benches at Charles de Gaulle Airport. Sophie Marchal, a 29-year-old nurse from Lyon, said her flight to Lisbon had been canceled twice.`,
    people: ['Clement Beaune', 'Gilles Roussel', 'Sophie Marchal'],
  },
  {
    id: 'heat',
    text: `NEW DELHI (AP) — Temperatures topped 47 C in parts of northern India on Monday as a heat wave stretched into its third week, the India Meteorological Department said.

Hospitals in Uttar Pradesh reported dozens of cases of heatstroke. Dr. Ramesh Kulkarni, who heads the emergency ward at a government hospital in Lucknow, said most patients were laborers.

Delhi Chief Minister Atishi Marlena ordered schools to close early. Power demand hit a record, the Northern Regional Load Despatch Centre said.

Construction worker Suresh Yadav said he could not afford to stop working. Yadav, 38, said he drank water every hour.`,
    people: ['Ramesh Kulkarni', 'Atishi Marlena', 'Suresh Yadav'],
  },
  {
    id: 'match',
    text: `MADRID (AP) — Real Madrid beat Sevilla 3-1 on Saturday to move top of La Liga, with Vinicius Junior scoring twice.

Coach Carlo Ancelotti said the team had played its best half of the season. Sevilla coach Diego Alonso said his side had given away two easy goals.

The match at Santiago Bernabeu Stadium was stopped for five minutes after fans threw objects onto the field. La Liga said it would report the incident to the Spanish Football Federation.`,
    people: ['Vinicius Junior', 'Carlo Ancelotti', 'Diego Alonso'],
  },
];
