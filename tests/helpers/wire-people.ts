/**
 * Wire-style paragraphs written for the people reader (fictional people, no real event),
 * each with the people a reader would list. Used by tests/people-precision.test.ts to
 * measure precision and recall of `findPeople`.
 */
export interface WireCase {
  id: string;
  text: string;
  /** Display names of the story's people (credits excluded). */
  people: string[];
}

export const WIRE_CASES: readonly WireCase[] = [
  {
    id: 'flood',
    text: `By MARTA KOWALCZYK and DEREK ODHIAMBO, Associated Press

NAIROBI, Kenya (AP) — Flash floods swept through western Kenya on Tuesday, killing at least 14 people, the Kenya Red Cross said.

Local officials said more than 2,000 families had been displaced in Kisumu County. The Kenya Meteorological Department warned that heavy rain would continue through the week.

"We lost everything," said Grace Atieno, a 41-year-old vendor whose stall was washed away. Atieno said her children were staying with relatives.

Interior Minister Samuel Kiptoo visited the area on Wednesday and promised aid. Kiptoo told reporters that the government would rebuild two bridges.

The Associated Press could not independently verify the toll. Xinhua, China's state news agency, reported similar figures.

Associated Press writer Ruth Wambui in Nairobi contributed to this report.`,
    people: ['Grace Atieno', 'Samuel Kiptoo'],
  },
  {
    id: 'school',
    text: `DENTON, Texas (AP) — A gas leak forced the evacuation of Lincoln High School on Monday, and 11 students were taken to Mercy General Hospital with breathing problems.

Principal Dana Whitcombe said classes would resume on Thursday. "Our first concern is the kids," Whitcombe said.

The National Weather Service said strong winds had carried the gas toward the gym. Fire Chief Roberto Salas said crews capped the line within an hour.

Parent Kevin Ashdown said he learned of the leak from a text message. Ashdown, whose daughter was among those treated, said she was recovering.

(AP Photo/Lena Marsh)`,
    people: ['Dana Whitcombe', 'Roberto Salas', 'Kevin Ashdown'],
  },
  {
    id: 'election',
    text: `SEOUL, South Korea (AP) — South Korean President Moon Jae-in's former aide Park Min-seo announced a run for mayor on Friday, challenging the ruling party's candidate.

Park, 52, told reporters that the Democratic Party had ignored voters outside Seoul. The People Power Party did not immediately comment.

Election officials said turnout could top 60%. Yonhap News Agency said the Ministry of Interior and Safety would open early voting stations next week.

Analyst Choi Hye-jin of Korea University said the race would be close. "Nobody has a clear lead," she said.`,
    people: ['Moon Jae-in', 'Park Min-seo', 'Choi Hye-jin'],
  },
  {
    id: 'summit',
    text: `GENEVA (AP) — Foreign ministers from nine countries met in Geneva on Thursday to discuss a ceasefire, Reuters and AFP reported.

Saudi Arabia sent Deputy Foreign Minister Faisal bin Nasser, and Jean-Pierre Dumont, France's envoy for the region, chaired the afternoon session.

"We are closer than we were a month ago," Dumont said. The Foreign Ministry in Paris later confirmed the talks would continue.

Helga Brandt, a spokeswoman for the German Foreign Office, said Berlin supported the plan. The European Union and the United Nations sent observers.

Brandt said a second round was planned for May. Dumont and Brandt will meet again in Vienna.`,
    people: ['Faisal bin Nasser', 'Jean-Pierre Dumont', 'Helga Brandt'],
  },
  {
    id: 'quake',
    text: `JAKARTA, Indonesia (AP) — A magnitude 6.1 earthquake shook the island of Sulawesi early Sunday, damaging hundreds of homes.

The Meteorology, Climatology and Geophysics Agency said the quake was centered 40 kilometers off the coast. Agency head Rina Susanti told a news conference that no tsunami warning was issued.

Rescuers pulled a man from a collapsed mosque in Palu, said Wayan Sudirta, a local disaster official. Sudirta said the man was taken to a hospital.

Indonesian Red Cross volunteers set up tents. The Health Ministry said three people were treated for injuries.`,
    people: ['Rina Susanti', 'Wayan Sudirta'],
  },
  {
    id: 'court',
    text: `CHICAGO (AP) — A federal jury on Wednesday convicted a former city contractor of bribing two aldermen, prosecutors said.

Marcus Delgado, 58, was found guilty on six counts. His lawyer, Priya Raman, said he would appeal.

U.S. District Judge Helen Okonkwo set sentencing for October. The Justice Department said the case grew out of an FBI investigation into City Hall.

"This verdict shows nobody is above the law," U.S. Attorney Gregory Vance said. Vance declined to say whether other officials were under investigation.

Delgado's company, Lakeshore Paving, lost its city contracts last year.`,
    people: ['Marcus Delgado', 'Priya Raman', 'Helen Okonkwo', 'Gregory Vance'],
  },
  {
    id: 'fire',
    text: `LISBON, Portugal (AP) — Firefighters battled a wildfire in central Portugal for a third day on Saturday as temperatures climbed above 40 C.

Civil Protection commander Tiago Fernandes said more than 900 firefighters were on the ground. The Portuguese Institute for Sea and Atmosphere forecast no rain before Tuesday.

Prime Minister Ana Lourenço cut short a trip to Brussels. Lourenço said the government would declare a state of calamity.

Residents of Sertã were evacuated overnight. "The sky turned orange," said Joaquim Pires, 67, who left his farm with two goats.

Photo: Inês Carvalho/Reuters`,
    people: ['Tiago Fernandes', 'Ana Lourenço', 'Joaquim Pires'],
  },
  {
    id: 'business',
    text: `BEIJING (AP) — China's commerce ministry on Monday said exports rose 7% in October, beating forecasts.

Li Wenhua, chief economist at Pacific Harbor Securities, said demand from Southeast Asia had offset weaker orders from Europe. Wenhua said the trend would likely hold.

The People's Bank of China left interest rates unchanged. Xinhua News Agency quoted Commerce Minister Zhou Bing as saying trade talks with the European Union would resume.

Shares in Hong Kong rose 1.2%. The Hang Seng Index closed at its highest level in three months.`,
    people: ['Li Wenhua', 'Zhou Bing'],
  },
  {
    id: 'rescue',
    text: `KATHMANDU (AFP) — Rescuers on Friday reached a remote village cut off by a landslide, the army said.

Army spokesman Col. Dev Bahadur Thapa said 23 people had been airlifted to safety. The Nepal Army and the Armed Police Force were leading the operation.

Sita Gurung, whose brother was among the missing, waited at the helipad in Pokhara. "We only want news," Gurung said.

The World Food Programme said it was sending rice and lentils. Kenyan climber Wanjiru Kamau, who was trekking nearby, helped carry supplies, the Himalayan Rescue Association said.`,
    people: ['Dev Bahadur Thapa', 'Sita Gurung', 'Wanjiru Kamau'],
  },
  {
    id: 'protest',
    text: `By Tom Reyes

BOGOTA, Colombia (Reuters) — Thousands of teachers marched through Bogota on Thursday to demand higher pay.

Union leader Claudia Herrera said the strike would continue until the Education Ministry made a new offer. The Liberal Party backed the teachers' demands.

Education Minister Felipe Ospina told Caracol Radio the government had no money for raises this year. Ospina said talks would resume on Monday.

Weather Service forecasts of rain did little to thin the crowd. Local media said police detained 12 people.

(Reporting by Tom Reyes; Editing by Susan Clarke)`,
    people: ['Claudia Herrera', 'Felipe Ospina'],
  },
  {
    id: 'storm',
    text: `MIAMI (AP) — Hurricane Delia strengthened to a Category 3 storm on Tuesday as it moved toward the Florida Keys.

The National Hurricane Center said Delia's winds had reached 115 mph. Gov. Laura Pemberton declared a state of emergency for 12 counties.

Monroe County Mayor Ray Castellanos urged tourists to leave. "Don't wait until tomorrow," Castellanos said at a news conference.

Meteorologist Andrea Kline said the storm could stall near the coast. The American Red Cross opened six shelters. Kline said rainfall could top 15 inches.

Associated Press writers Jon Pike in Miami and Bea Soto in Tallahassee contributed.`,
    people: ['Laura Pemberton', 'Ray Castellanos', 'Andrea Kline'],
  },
  {
    id: 'health',
    text: `LONDON (AP) — Britain's health service said Wednesday it would hire 5,000 more nurses to cut waiting times.

Health Secretary Oliver Barnes said the plan would cost 1.2 billion pounds. The Royal College of Nursing called the figure too low.

Dr. Amara Nwosu, who runs the emergency department at St. Thomas' Hospital, said staff were exhausted. She said many nurses had left for Australia.

The Labour Party welcomed the announcement. Opposition health spokesman Gareth Lloyd-Evans said the money came too late.`,
    people: ['Oliver Barnes', 'Amara Nwosu', 'Gareth Lloyd-Evans'],
  },
];
