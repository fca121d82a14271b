// Names people give their timezone that are not the city in an IANA name: Portuguese spellings, other
// cities of the same zone, and common nicknames. Keys are written as `plainWords` leaves them.

const SAO_PAULO = "America/Sao_Paulo";
const LISBON = "Europe/Lisbon";
const NEW_YORK = "America/New_York";
const CHICAGO = "America/Chicago";
const LOS_ANGELES = "America/Los_Angeles";
const FORTALEZA = "America/Fortaleza";

export const ZONE_NAMES: Readonly<Record<string, string>> = {
  // Brazil: the capitals and the names of its clock.
  brasil: SAO_PAULO,
  brazil: SAO_PAULO,
  brasilia: SAO_PAULO,
  "horario de brasilia": SAO_PAULO,
  brt: SAO_PAULO,
  "rio de janeiro": SAO_PAULO,
  rio: SAO_PAULO,
  "belo horizonte": SAO_PAULO,
  bh: SAO_PAULO,
  curitiba: SAO_PAULO,
  "porto alegre": SAO_PAULO,
  florianopolis: SAO_PAULO,
  goiania: SAO_PAULO,
  campinas: SAO_PAULO,
  vitoria: SAO_PAULO,
  sp: SAO_PAULO,
  salvador: "America/Bahia",
  natal: FORTALEZA,
  "joao pessoa": FORTALEZA,
  teresina: FORTALEZA,
  "sao luis": FORTALEZA,
  aracaju: "America/Maceio",
  palmas: "America/Araguaina",
  macapa: "America/Belem",
  "boa vista": "America/Boa_Vista",
  "fernando de noronha": "America/Noronha",
  // Portugal and the Portuguese-speaking world.
  portugal: LISBON,
  lisboa: LISBON,
  porto: LISBON,
  coimbra: LISBON,
  braga: LISBON,
  faro: LISBON,
  funchal: "Atlantic/Madeira",
  acores: "Atlantic/Azores",
  "ponta delgada": "Atlantic/Azores",
  angola: "Africa/Luanda",
  mocambique: "Africa/Maputo",
  mozambique: "Africa/Maputo",
  "cabo verde": "Atlantic/Cape_Verde",
  "cape verde": "Atlantic/Cape_Verde",
  praia: "Atlantic/Cape_Verde",
  // Where career changers often move or work remotely for.
  "nova york": NEW_YORK,
  "nova iorque": NEW_YORK,
  "new york city": NEW_YORK,
  nyc: NEW_YORK,
  boston: NEW_YORK,
  miami: NEW_YORK,
  orlando: NEW_YORK,
  atlanta: NEW_YORK,
  washington: NEW_YORK,
  houston: CHICAGO,
  dallas: CHICAGO,
  austin: CHICAGO,
  "san francisco": LOS_ANGELES,
  "sao francisco": LOS_ANGELES,
  seattle: LOS_ANGELES,
  montreal: "America/Toronto",
  "cidade do mexico": "America/Mexico_City",
  "mexico city": "America/Mexico_City",
  montevideu: "America/Montevideo",
  assuncao: "America/Asuncion",
  londres: "Europe/London",
  madri: "Europe/Madrid",
  barcelona: "Europe/Madrid",
  roma: "Europe/Rome",
  milao: "Europe/Rome",
  berlim: "Europe/Berlin",
  munique: "Europe/Berlin",
  amsterda: "Europe/Amsterdam",
  bruxelas: "Europe/Brussels",
  zurique: "Europe/Zurich",
  genebra: "Europe/Zurich",
  varsovia: "Europe/Warsaw",
  toquio: "Asia/Tokyo",
  pequim: "Asia/Shanghai",
  beijing: "Asia/Shanghai",
  india: "Asia/Kolkata",
  bangalore: "Asia/Kolkata",
  mumbai: "Asia/Kolkata",
  "nova delhi": "Asia/Kolkata",
  "new delhi": "Asia/Kolkata",
  sydney: "Australia/Sydney",
  // Renamed cities whose new name the runtime may not list.
  kolkata: "Asia/Kolkata",
  calcuta: "Asia/Kolkata",
  kyiv: "Europe/Kyiv",
  kiev: "Europe/Kyiv",
  yangon: "Asia/Yangon",
  sidney: "Australia/Sydney",
};

/**
 * Zones without daylight saving time that an offset means for a Brazilian: "UTC-3" from someone writing
 * in Portuguese is Brasília time, and storing the zone keeps its name in replies.
 */
export const BRAZIL_BY_OFFSET: Readonly<Record<number, string>> = {
  [-120]: "America/Noronha",
  [-180]: SAO_PAULO,
  [-240]: "America/Manaus",
  [-300]: "America/Rio_Branco",
};

/** Offsets that are not whole hours, by the one zone (without daylight saving time) that keeps them. */
export const ZONE_BY_ODD_OFFSET: Readonly<Record<number, string>> = {
  [-570]: "Pacific/Marquesas",
  [210]: "Asia/Tehran",
  [270]: "Asia/Kabul",
  [330]: "Asia/Kolkata",
  [345]: "Asia/Kathmandu",
  [390]: "Asia/Yangon",
  [525]: "Australia/Eucla",
  [570]: "Australia/Darwin",
};
