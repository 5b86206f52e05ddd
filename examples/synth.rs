//! Synthetic site generator for benchmarks and stress tests of `overens`.
//!
//! It writes a complete, valid site folder (`site.yaml`, `content/_index.md`,
//! `content/topics.yaml`, one folder per compact with its principles) filled with
//! Swedish-like place names and text, following the content contract. The output
//! depends only on the arguments: the same seed always gives byte-identical files.
//!
//! Run it with:
//!
//! ```text
//! cargo run --release --example synth -- --compacts 311 --principles 8 --out DIR [--seed N] [--force] [--no-living]
//! ```
//!
//! Only the standard library is used: a small splitmix64 generator supplies the
//! randomness and the arguments are parsed by hand.

use std::collections::HashSet;
use std::fmt::Write as _;
use std::fs;
use std::io;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

const USAGE: &str = "\
usage: synth --out DIR [--compacts N] [--principles P] [--seed S] [--force] [--no-living]

Writes a synthetic overens site into DIR for benchmarks.

  --out DIR         site folder to write (must be empty or missing, unless --force)
  --compacts N      number of compacts, at least 1 (default 311); the first 21 are regions,
                    one in each county, and the municipalities take the counties in turn
  --principles P    principles per compact that has principles (default 8)
  --seed S          seed for the generator, an unsigned integer (default 1)
  --force           write into a non-empty DIR: deletes DIR/content and DIR/site.yaml first
  --no-living       no earlier versions, signatories, action plans or follow-ups
  -h, --help        show this help";

/// Number of compacts that are regions (Sweden has 21 regions).
const REGIONS: usize = 21;

/// Base URL written to `site.yaml`.
const BASE_URL: &str = "https://www.example.se/synth/";

/// Folder names the site uses for its own pages; compacts must not take them.
const RESERVED_SLUGS: &[&str] = &[
    "jamfor",
    "tidslinje",
    "compare",
    "timeline",
    "data",
    "static",
    "templates",
    "themes",
    "output",
    "404",
];

// ---------------------------------------------------------------------------
// Arguments
// ---------------------------------------------------------------------------

/// Parsed command line.
pub(crate) struct Args {
    compacts: usize,
    principles: usize,
    out: PathBuf,
    seed: u64,
    force: bool,
    /// Whether compacts get living parts: versions, signatories, plans, follow-ups.
    living: bool,
}

/// Why the command line could not be turned into [`Args`].
pub(crate) enum ArgError {
    /// `--help` was asked for.
    Help,
    /// A bad or missing argument, with a message for the user.
    Bad(String),
}

/// Parses the arguments (without the program name).
pub(crate) fn parse_args(raw: impl Iterator<Item = String>) -> Result<Args, ArgError> {
    let mut compacts = 311;
    let mut principles = 8;
    let mut seed = 1;
    let mut out = None;
    let mut force = false;
    let mut living = true;
    let mut raw = raw;
    while let Some(arg) = raw.next() {
        // Accept both `--key value` and `--key=value`.
        let (key, inline) = match arg.split_once('=') {
            Some((k, v)) if k.starts_with("--") => (k.to_string(), Some(v.to_string())),
            _ => (arg.clone(), None),
        };
        let mut value = |name: &str| -> Result<String, ArgError> {
            match inline.clone().or_else(|| raw.next()) {
                Some(v) => Ok(v),
                None => Err(ArgError::Bad(format!("{name} needs a value"))),
            }
        };
        match key.as_str() {
            "-h" | "--help" => return Err(ArgError::Help),
            "--compacts" => compacts = parse_number(&value("--compacts")?, "--compacts")?,
            "--principles" => principles = parse_number(&value("--principles")?, "--principles")?,
            "--seed" => seed = parse_number(&value("--seed")?, "--seed")?,
            "--out" => out = Some(PathBuf::from(value("--out")?)),
            "--force" if inline.is_none() => force = true,
            "--no-living" if inline.is_none() => living = false,
            _ => return Err(ArgError::Bad(format!("unknown argument `{arg}`"))),
        }
    }
    let out = out.ok_or_else(|| ArgError::Bad("--out DIR is required".to_string()))?;
    if out.as_os_str().is_empty() {
        return Err(ArgError::Bad("--out must not be empty".to_string()));
    }
    if compacts == 0 {
        return Err(ArgError::Bad("--compacts must be at least 1".to_string()));
    }
    Ok(Args {
        compacts,
        principles,
        out,
        seed,
        force,
        living,
    })
}

/// Parses an unsigned integer argument.
fn parse_number<T: std::str::FromStr>(text: &str, name: &str) -> Result<T, ArgError> {
    text.parse()
        .map_err(|_| ArgError::Bad(format!("{name} wants a non-negative integer, not `{text}`")))
}

// ---------------------------------------------------------------------------
// Random numbers
// ---------------------------------------------------------------------------

/// splitmix64: tiny, fast and good enough for synthetic content.
struct Rng(u64);

impl Rng {
    /// Next 64 random bits.
    fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// Uniform in `0..n` (`n` > 0).
    fn below(&mut self, n: usize) -> usize {
        ((u128::from(self.next_u64()) * n as u128) >> 64) as usize
    }

    /// Uniform in `lo..=hi`.
    fn between(&mut self, lo: i64, hi: i64) -> i64 {
        let span = (hi - lo + 1).max(1) as usize;
        lo + self.below(span) as i64
    }

    /// True with the given percentage.
    fn chance(&mut self, percent: usize) -> bool {
        self.below(100) < percent
    }

    /// One element of a non-empty slice.
    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }

    /// One value from `(value, weight)` pairs.
    fn weighted<T: Copy>(&mut self, items: &[(T, usize)]) -> T {
        let total: usize = items.iter().map(|&(_, w)| w).sum();
        let mut roll = self.below(total);
        for &(item, weight) in items {
            if roll < weight {
                return item;
            }
            roll -= weight;
        }
        items[items.len() - 1].0
    }

    /// Fisher–Yates shuffle.
    fn shuffle<T>(&mut self, items: &mut [T]) {
        for i in (1..items.len()).rev() {
            let j = self.below(i + 1);
            items.swap(i, j);
        }
    }
}

// ---------------------------------------------------------------------------
// Dates
// ---------------------------------------------------------------------------

/// A calendar day, counted in days since 1970-01-01.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
struct Day(i64);

/// How much of a date is written out.
#[derive(Clone, Copy)]
enum Precision {
    Year,
    Month,
    Day,
}

impl Day {
    /// The day for a valid civil date (Howard Hinnant's algorithm).
    fn from_civil(year: i64, month: i64, day: i64) -> Day {
        let y = if month <= 2 { year - 1 } else { year };
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let mp = (month + 9) % 12;
        let doy = (153 * mp + 2) / 5 + day - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        Day(era * 146_097 + doe - 719_468)
    }

    /// Year, month and day of this day.
    fn civil(self) -> (i64, i64, i64) {
        let z = self.0 + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = doy - (153 * mp + 2) / 5 + 1;
        let month = if mp < 10 { mp + 3 } else { mp - 9 };
        let year = yoe + era * 400 + i64::from(month <= 2);
        (year, month, day)
    }

    /// The year of this day.
    fn year(self) -> i64 {
        self.civil().0
    }

    /// This day plus `days`.
    fn plus(self, days: i64) -> Day {
        Day(self.0 + days)
    }

    /// Formats as `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    fn format(self, precision: Precision) -> String {
        let (y, m, d) = self.civil();
        match precision {
            Precision::Year => format!("{y:04}"),
            Precision::Month => format!("{y:04}-{m:02}"),
            Precision::Day => format!("{y:04}-{m:02}-{d:02}"),
        }
    }
}

/// First day any synthetic date may fall on.
fn first_day() -> Day {
    Day::from_civil(2008, 1, 1)
}

/// Last day any synthetic date of what has happened may fall on: a day already past, since
/// a date after the day of the build is an error in what has happened.
fn last_day() -> Day {
    Day::from_civil(2026, 11, 30)
}

/// A random day in `from..=to` (clamped to the allowed range).
fn random_day(rng: &mut Rng, from: Day, to: Day) -> Day {
    let from = from.max(first_day());
    let to = to.min(last_day()).max(from);
    Day(rng.between(from.0, to.0))
}

/// A random precision, mostly full dates.
fn random_precision(rng: &mut Rng) -> Precision {
    rng.weighted(&[
        (Precision::Day, 60),
        (Precision::Month, 25),
        (Precision::Year, 15),
    ])
}

/// A random day formatted with a random precision.
fn random_date(rng: &mut Rng, day: Day) -> String {
    let precision = random_precision(rng);
    day.format(precision)
}

// ---------------------------------------------------------------------------
// Names and slugs
// ---------------------------------------------------------------------------

const NAME_HEADS: &[&str] = &[
    "Ös", "Lin", "Upp", "Norr", "Sö", "Väs", "Ny", "Ka", "Hel", "Sunds", "Kris", "Ble", "Hal",
    "Ljung", "Ång", "Älv", "Ber", "Stor", "Lill", "Mal", "Sko", "Fal", "Hö", "Ör", "Ed", "Vim",
    "Sim", "Gnos", "Hå", "Tä", "Vä", "Bo", "Ar", "Le", "Rätt", "Tran", "Åt", "Mö", "Ty", "Kal",
    "Fors", "Gäv", "Ul", "Ös", "Sten", "Björk", "Ek", "Gran", "Lö", "Skär",
];

const NAME_MIDDLES: &[&str] = &[
    "", "", "", "", "ter", "kö", "de", "bo", "ne", "la", "ma", "ra", "le", "ge", "sö", "vi", "ö",
    "stens", "inge",
];

const NAME_TAILS: &[&str] = &[
    "åker", "ping", "la", "holm", "borg", "vik", "sund", "by", "köping", "hamn", "fors", "torp",
    "stad", "dal", "näs", "ryd", "ö", "berg", "ås", "hult", "tuna", "älv", "ånger", "vara",
    "lunda", "mark", "sjö", "bro", "hed", "inge", "löv", "säter",
];

const NAME_PREFIXES: &[&str] = &[
    "Norra", "Södra", "Östra", "Västra", "Övre", "Nedre", "Stora", "Lilla",
];

/// Builds one Swedish-looking place name from syllables.
fn place_name(rng: &mut Rng) -> String {
    let head = *rng.pick(NAME_HEADS);
    let middle = *rng.pick(NAME_MIDDLES);
    let tail = *rng.pick(NAME_TAILS);
    format!("{head}{middle}{tail}")
}

/// A place name no earlier compact has: retries, then "Norra X" and so on, then a number.
fn unique_place_name(rng: &mut Rng, taken: &mut HashSet<String>) -> String {
    let mut base = place_name(rng);
    for _ in 0..8 {
        if !taken.contains(&base) {
            break;
        }
        base = place_name(rng);
    }
    let mut candidates = vec![base.clone()];
    candidates.extend(NAME_PREFIXES.iter().map(|p| format!("{p} {base}")));
    let name = candidates
        .into_iter()
        .find(|c| !taken.contains(c))
        .unwrap_or_else(|| {
            (2..)
                .map(|n| format!("{base} {n}"))
                .find(|c| !taken.contains(c))
                .unwrap_or(base.clone())
        });
    taken.insert(name.clone());
    name
}

/// Lowercase ASCII slug: å/ä→a, ö→o, é→e, anything else not a-z/0-9 becomes `-`.
fn slugify(text: &str) -> String {
    let mut slug = String::with_capacity(text.len());
    for c in text.chars().flat_map(char::to_lowercase) {
        let mapped = match c {
            'å' | 'ä' | 'à' | 'á' => 'a',
            'ö' | 'ø' => 'o',
            'é' | 'è' => 'e',
            'ü' => 'u',
            c if c.is_ascii_alphanumeric() => c,
            _ => '-',
        };
        if mapped == '-' && (slug.is_empty() || slug.ends_with('-')) {
            continue;
        }
        slug.push(mapped);
    }
    while slug.ends_with('-') {
        slug.pop();
    }
    if slug.is_empty() {
        slug.push('x');
    }
    slug
}

/// `base`, or `base-2`, `base-3`… whichever is not yet taken; records it as taken.
fn unique_slug(base: &str, taken: &mut HashSet<String>) -> String {
    let mut slug = base.to_string();
    let mut n = 2;
    while taken.contains(&slug) || RESERVED_SLUGS.contains(&slug.as_str()) {
        slug = format!("{base}-{n}");
        n += 1;
    }
    taken.insert(slug.clone());
    slug
}

/// Swedish genitive: "Linköping" → "Linköpings", "Västerås" stays, "Edborg 3" → "Edborg 3:s".
fn genitive(name: &str) -> String {
    if name.ends_with(|c: char| c.is_ascii_digit()) {
        format!("{name}:s")
    } else if name.ends_with(['s', 'x', 'z']) {
        name.to_string()
    } else {
        format!("{name}s")
    }
}

// ---------------------------------------------------------------------------
// YAML
// ---------------------------------------------------------------------------

/// A double-quoted YAML scalar.
fn q(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

// ---------------------------------------------------------------------------
// Vocabulary
// ---------------------------------------------------------------------------

/// One entry of the comparison vocabulary.
struct Topic {
    id: &'static str,
    name: &'static str,
    description: &'static str,
    /// Principle titles that belong under this topic.
    titles: &'static [&'static str],
    /// What the principle is about, to open a principle's text.
    gist: &'static str,
}

const TOPICS: &[Topic] = &[
    Topic {
        id: "sjalvstandighet-och-oberoende",
        name: "Självständighet och oberoende",
        description: "De idéburna organisationerna bestämmer själva över sin verksamhet och kan vara kritiska röstbärare.",
        titles: &["Självständighet och oberoende", "Föreningarnas oberoende", "Rätten att vara röstbärare"],
        gist: "föreningarnas rätt att själva bestämma över sina mål, sin organisation och sin röst",
    },
    Topic {
        id: "dialog",
        name: "Dialog",
        description: "Parterna för en regelbunden och tidig dialog om frågor som berör dem.",
        titles: &["Dialog", "Dialog och samråd", "Tidig dialog"],
        gist: "att parterna möts tidigt och regelbundet för att samtala om gemensamma frågor",
    },
    Topic {
        id: "kvalitet",
        name: "Kvalitet",
        description: "Samverkan ska hålla god kvalitet och utvecklas utifrån invånarnas behov.",
        titles: &["Kvalitet", "Kvalitet i verksamheten", "Gemensam kvalitetsutveckling"],
        gist: "att verksamheten håller god kvalitet och följs upp på ett sätt som båda parter förstår",
    },
    Topic {
        id: "langsiktighet",
        name: "Långsiktighet",
        description: "Samverkan och finansiering bygger på långsiktiga och förutsägbara villkor.",
        titles: &["Långsiktighet", "Långsiktiga förutsättningar", "Hållbar finansiering"],
        gist: "att samverkan och stöd bygger på förutsägbara villkor över flera år",
    },
    Topic {
        id: "oppenhet-och-insyn",
        name: "Öppenhet och insyn",
        description: "Parterna är öppna med information och ger insyn i beslut och processer.",
        titles: &["Öppenhet och insyn", "Öppenhet", "Insyn i beslut"],
        gist: "att information delas öppet och att beslutsprocesserna går att följa",
    },
    Topic {
        id: "mangfald",
        name: "Mångfald",
        description: "Samverkan välkomnar organisationer av olika storlek, inriktning och bakgrund.",
        titles: &["Mångfald", "Mångfald i civilsamhället", "Lika villkor"],
        gist: "att stora och små organisationer med olika inriktning kan delta på lika villkor",
    },
    Topic {
        id: "tillit",
        name: "Tillit och förståelse",
        description: "Parterna litar på varandra och förstår varandras roller och villkor.",
        titles: &["Tillit och förståelse", "Ömsesidig tillit", "Förståelse för varandras roller"],
        gist: "ömsesidig tillit och förståelse för att parterna har olika roller och villkor",
    },
    Topic {
        id: "mod",
        name: "Mod",
        description: "Parterna vågar pröva nya idéer och ta upp svåra frågor.",
        titles: &["Mod", "Mod att pröva nytt", "Mod och förnyelse"],
        gist: "modet att pröva nya arbetssätt och att lyfta även obekväma frågor",
    },
    Topic {
        id: "kommunikation",
        name: "Kommunikation",
        description: "Parterna kommunicerar tydligt om överenskommelsen och dess arbete.",
        titles: &["Kommunikation", "Tydlig kommunikation", "Gemensam kommunikation"],
        gist: "att överenskommelsen och arbetet med den blir känt hos invånare och organisationer",
    },
    Topic {
        id: "kreativitet",
        name: "Kreativitet",
        description: "Samverkan ger utrymme för nya idéer och innovativa lösningar.",
        titles: &["Kreativitet", "Kreativitet och innovation", "Nya arbetssätt"],
        gist: "att ge plats åt nya idéer och lösningar som växer fram ur engagemanget",
    },
    Topic {
        id: "tydlighet",
        name: "Tydlighet",
        description: "Roller, ansvar och förväntningar är tydliga för alla parter.",
        titles: &["Tydlighet", "Tydliga roller", "Tydliga ansvarsområden"],
        gist: "att roller, ansvar och förväntningar är klara för alla som deltar",
    },
];

/// Hands out topics so that every topic is used once per round, in random order.
struct TopicDeck {
    order: Vec<usize>,
    next: usize,
}

impl TopicDeck {
    /// An empty deck; the first draw shuffles it.
    fn new() -> TopicDeck {
        TopicDeck {
            order: (0..TOPICS.len()).collect(),
            next: TOPICS.len(),
        }
    }

    /// The next topic index.
    fn draw(&mut self, rng: &mut Rng) -> usize {
        if self.next == self.order.len() {
            rng.shuffle(&mut self.order);
            self.next = 0;
        }
        self.next += 1;
        self.order[self.next - 1]
    }
}

// ---------------------------------------------------------------------------
// Prose
// ---------------------------------------------------------------------------

/// Who the text is about: "Kommunen" or "Regionen" and the matching area.
struct Voice {
    org: &'static str,
    area: &'static str,
}

const SUBJECTS: &[&str] = &[
    "Den idéburna sektorn",
    "Parterna",
    "Föreningarna",
    "Civilsamhällets organisationer",
    "Överenskommelsen",
    "Samverkansrådet",
    "De idéburna organisationerna",
    "Förvaltningarna",
    "Det lokala föreningslivet",
];

/// Who works together with the municipality or region.
const PARTNERS: &[&str] = &[
    "föreningarna",
    "den idéburna sektorn",
    "studieförbunden",
    "civilsamhällets organisationer",
    "trossamfunden",
];

/// Verbs as (present tense, infinitive).
const VERBS: &[(&str, &str)] = &[
    ("främjar", "främja"),
    ("stärker", "stärka"),
    ("utvecklar", "utveckla"),
    ("värnar", "värna"),
    ("tydliggör", "tydliggöra"),
    ("bygger upp", "bygga upp"),
    ("följer upp", "följa upp"),
    ("synliggör", "synliggöra"),
    ("underlättar", "underlätta"),
    ("prioriterar", "prioritera"),
    ("möjliggör", "möjliggöra"),
    ("uppmuntrar", "uppmuntra"),
    ("skapar", "skapa"),
    ("fördjupar", "fördjupa"),
];

const OBJECTS: &[&str] = &[
    "en långsiktig samverkan",
    "ömsesidig tillit",
    "dialogen mellan parterna",
    "föreningslivets självständighet",
    "möjligheterna till delaktighet",
    "en öppen och tydlig kommunikation",
    "kvaliteten i verksamheten",
    "mångfalden i civilsamhället",
    "nya former av partnerskap",
    "det lokala engagemanget",
    "förutsättningarna för ideellt arbete",
    "kunskapen om varandras roller",
    "insynen i beslutsprocesserna",
    "en hållbar finansiering",
    "det demokratiska samtalet",
    "människors vilja att engagera sig",
    "samarbetet kring barn och unga",
    "arbetet för ökad folkhälsa",
    "stödet till föreningar och studieförbund",
    "en gemensam bild av utmaningarna",
];

const TAILS: &[&str] = &[
    "genom regelbundna dialogmöten",
    "på lika villkor",
    "med respekt för varandras roller",
    "utifrån gemensamma värderingar",
    "över tid",
    "i nära samarbete med föreningslivet",
    "inom ramen för överenskommelsen",
    "för invånarnas bästa",
    "där det gör störst skillnad",
    "utan att inskränka organisationernas oberoende",
    "",
    "",
    "",
];

const MEANS: &[&str] = &[
    "regelbundna dialogmöten",
    "en gemensam uppföljning",
    "tydliga rutiner",
    "ett öppet samråd",
    "långsiktiga avtal",
    "gemensamma utbildningar",
    "idéburet offentligt partnerskap",
    "en årlig dialogkonferens",
    "lokala mötesplatser",
];

/// Lowercases the first letter ("Parterna" → "parterna").
fn lower_first(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_lowercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// Uppercases the first letter.
fn upper_first(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// A subject: either the municipality/region itself or one of [`SUBJECTS`].
fn subject(rng: &mut Rng, voice: &Voice) -> String {
    if rng.chance(30) {
        voice.org.to_string()
    } else {
        (*rng.pick(SUBJECTS)).to_string()
    }
}

/// A tail phrase, sometimes naming the area.
fn tail(rng: &mut Rng, voice: &Voice) -> String {
    if rng.chance(15) {
        format!(" i hela {}", voice.area)
    } else {
        let t = *rng.pick(TAILS);
        if t.is_empty() {
            String::new()
        } else {
            format!(" {t}")
        }
    }
}

/// One sentence of Swedish-like prose.
fn sentence(rng: &mut Rng, voice: &Voice) -> String {
    let subj = subject(rng, voice);
    let (present, infinitive) = *rng.pick(VERBS);
    let object = *rng.pick(OBJECTS);
    let tail = tail(rng, voice);
    match rng.below(5) {
        0 => {
            // Inverted word order splits particle verbs: "följer kommunen upp".
            let (finite, particle) = match present.split_once(' ') {
                Some((finite, particle)) => (finite, format!(" {particle}")),
                None => (present, String::new()),
            };
            format!(
                "Genom {} {finite} {}{particle} {object}{tail}.",
                rng.pick(MEANS),
                lower_first(&subj)
            )
        }
        1 => format!(
            "Det är viktigt att {} {present} {object}{tail}.",
            lower_first(&subj)
        ),
        2 => format!("{subj} ska {infinitive} {object}{tail}."),
        3 => {
            let partner = *rng.pick(PARTNERS);
            format!(
                "För att {infinitive} {object} behöver {} och {partner} arbeta tillsammans{tail}.",
                lower_first(voice.org)
            )
        }
        _ => format!("{subj} {present} {object}{tail}."),
    }
}

/// A paragraph of `sentences` sentences.
fn paragraph(rng: &mut Rng, voice: &Voice, sentences: usize) -> String {
    let parts: Vec<String> = (0..sentences).map(|_| sentence(rng, voice)).collect();
    parts.join(" ")
}

/// Words in a text.
fn word_count(text: &str) -> usize {
    text.split_whitespace().count()
}

/// Paragraphs (blank-line separated) until about `target` words, starting with `opening`.
fn paragraphs(rng: &mut Rng, voice: &Voice, opening: &str, target: usize) -> String {
    let mut text = String::new();
    let mut words = 0;
    let mut first = true;
    while words < target {
        let sentences = 3 + rng.below(4);
        let mut para = paragraph(rng, voice, sentences);
        if first && !opening.is_empty() {
            para = format!("{opening} {para}");
        }
        first = false;
        words += word_count(&para);
        if !text.is_empty() {
            text.push_str("\n\n");
        }
        text.push_str(&para);
    }
    text
}

/// A bullet list of commitments.
fn commitments(rng: &mut Rng, voice: &Voice) -> String {
    let mut list = format!(
        "{} och den idéburna sektorn åtar sig gemensamt att:\n\n",
        voice.org
    );
    for _ in 0..4 + rng.below(3) {
        let (_, infinitive) = *rng.pick(VERBS);
        let object = *rng.pick(OBJECTS);
        let tail = tail(rng, voice);
        let _ = writeln!(list, "- {infinitive} {object}{tail},");
    }
    // The last item ends the sentence.
    if list.ends_with(",\n") {
        list.truncate(list.len() - 2);
        list.push_str(".\n");
    }
    list
}

// ---------------------------------------------------------------------------
// Compacts
// ---------------------------------------------------------------------------

/// Where a compact is in its life.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Status {
    Proposed,
    Drafting,
    Adopted,
    Revised,
    Halted,
    Ended,
}

const ALL_STATUSES: [Status; 6] = [
    Status::Proposed,
    Status::Drafting,
    Status::Adopted,
    Status::Revised,
    Status::Halted,
    Status::Ended,
];

impl Status {
    /// The key word used in front matter.
    fn key(self) -> &'static str {
        match self {
            Status::Proposed => "proposed",
            Status::Drafting => "drafting",
            Status::Adopted => "adopted",
            Status::Revised => "revised",
            Status::Halted => "halted",
            Status::Ended => "ended",
        }
    }

    /// Whether the compact was adopted at some point.
    fn was_adopted(self) -> bool {
        matches!(self, Status::Adopted | Status::Revised | Status::Ended)
    }
}

/// The plan for one compact, decided before any text is written.
struct Compact {
    slug: String,
    /// "Region X" or "Xs kommun".
    municipality: String,
    region: bool,
    /// The county it belongs to (a place in [`COUNTIES`]), if it names one.
    county: Option<usize>,
    status: Status,
    /// Index of an earlier compact whose principles this one takes as its own.
    endorses: Option<usize>,
    has_principles: bool,
}

/// The dates of a compact's life, all as days.
struct Life {
    start: Day,
    adopted: Option<Day>,
    revised: Option<Day>,
    /// When a halted or ended compact stopped.
    stopped: Option<Day>,
    /// Second event of compacts never adopted.
    step: Option<Day>,
}

/// Random status with realistic weights.
fn random_status(rng: &mut Rng) -> Status {
    rng.weighted(&[
        (Status::Adopted, 46),
        (Status::Revised, 24),
        (Status::Drafting, 10),
        (Status::Proposed, 7),
        (Status::Halted, 6),
        (Status::Ended, 7),
    ])
}

/// Plans all compacts: names, slugs, statuses, endorsements and which have principles.
fn plan_compacts(rng: &mut Rng, count: usize) -> Vec<Compact> {
    let mut statuses: Vec<Status> = (0..count).map(|_| random_status(rng)).collect();
    // Make sure every status appears at least once (when there is room).
    if count >= ALL_STATUSES.len() {
        let mut positions: Vec<usize> = (0..count).collect();
        rng.shuffle(&mut positions);
        for (status, &pos) in ALL_STATUSES.iter().zip(&positions) {
            statuses[pos] = *status;
        }
    }
    let mut names = HashSet::new();
    let mut slugs = HashSet::new();
    let mut compacts: Vec<Compact> = Vec::with_capacity(count);
    let mut seen_drafting = false;
    for (index, status) in statuses.into_iter().enumerate() {
        let place = unique_place_name(rng, &mut names);
        let region = index < REGIONS;
        let (municipality, slug_base) = if region {
            (
                format!("Region {place}"),
                format!("region-{}", slugify(&place)),
            )
        } else {
            (format!("{} kommun", genitive(&place)), slugify(&place))
        };
        let slug = unique_slug(&slug_base, &mut slugs);
        let endorses = if index > 0 && rng.chance(10) {
            let candidates: Vec<usize> = compacts
                .iter()
                .enumerate()
                .filter(|(_, c)| c.endorses.is_none() && c.has_principles)
                .map(|(i, _)| i)
                .collect();
            (!candidates.is_empty()).then(|| *rng.pick(&candidates))
        } else {
            None
        };
        let has_principles = endorses.is_none()
            && match status {
                Status::Adopted | Status::Revised | Status::Ended => true,
                // The first drafting compact always has zero principles.
                Status::Drafting => std::mem::replace(&mut seen_drafting, true) && rng.chance(50),
                Status::Halted => rng.chance(50),
                Status::Proposed => rng.chance(25),
            };
        compacts.push(Compact {
            slug,
            municipality,
            region,
            county: county_of(index),
            status,
            endorses,
            has_principles,
        });
    }
    compacts
}

/// Sweden's counties, as `county:` names them.
const COUNTIES: [&str; 21] = [
    "Stockholms län",
    "Uppsala län",
    "Södermanlands län",
    "Östergötlands län",
    "Jönköpings län",
    "Kronobergs län",
    "Kalmar län",
    "Gotlands län",
    "Blekinge län",
    "Skåne län",
    "Hallands län",
    "Västra Götalands län",
    "Värmlands län",
    "Örebro län",
    "Västmanlands län",
    "Dalarnas län",
    "Gävleborgs län",
    "Västernorrlands län",
    "Jämtlands län",
    "Västerbottens län",
    "Norrbottens län",
];

/// The county of the compact at `index`: each region its own, the municipalities in turn,
/// so every county has about as many; one municipality in 37 names none. Drawn without the
/// random generator, so the rest of a site is the same as before counties were written.
fn county_of(index: usize) -> Option<usize> {
    if index < REGIONS {
        return Some(index % COUNTIES.len());
    }
    (index % 37 != 36).then_some((index - REGIONS) % COUNTIES.len())
}

/// Dates for a compact, consistent with its status.
fn random_life(rng: &mut Rng, status: Status) -> Life {
    let y = |year| Day::from_civil(year, 1, 1);
    let ymd = Day::from_civil;
    let mut life = Life {
        start: first_day(),
        adopted: None,
        revised: None,
        stopped: None,
        step: None,
    };
    match status {
        Status::Adopted => {
            life.start = random_day(rng, y(2008), ymd(2025, 6, 30));
            life.adopted = Some(random_day(rng, life.start.plus(90), life.start.plus(700)));
        }
        Status::Revised => {
            life.start = random_day(rng, y(2008), ymd(2017, 6, 30));
            let adopted = random_day(rng, life.start.plus(90), life.start.plus(700));
            life.adopted = Some(adopted);
            // At least two years later, so the year is always later too.
            life.revised = Some(random_day(rng, adopted.plus(731), adopted.plus(2200)));
        }
        Status::Ended => {
            life.start = random_day(rng, y(2008), ymd(2018, 12, 31));
            let adopted = random_day(rng, life.start.plus(90), life.start.plus(700));
            life.adopted = Some(adopted);
            life.stopped = Some(random_day(rng, adopted.plus(731), adopted.plus(2500)));
        }
        Status::Halted => {
            life.start = random_day(rng, y(2012), ymd(2025, 6, 30));
            life.stopped = Some(random_day(rng, life.start.plus(60), life.start.plus(700)));
        }
        Status::Drafting => {
            life.start = random_day(rng, y(2021), ymd(2026, 6, 30));
            life.step = Some(random_day(rng, life.start.plus(30), life.start.plus(300)));
        }
        Status::Proposed => {
            life.start = random_day(rng, y(2023), ymd(2026, 9, 30));
            life.step = Some(random_day(rng, life.start.plus(20), life.start.plus(90)));
        }
    }
    life
}

/// The timeline: 2–5 events in date order, consistent with the compact's life.
fn timeline(rng: &mut Rng, c: &Compact, life: &Life, decided_by: &str) -> Vec<(Day, String)> {
    let mut events = vec![(
        life.start,
        (*rng.pick(&[
            "Arbetet med en lokal överenskommelse inleds",
            "Beslut om att ta fram en överenskommelse med idéburen sektor",
            "Första dialogmötet med föreningslivet hålls",
        ]))
        .to_string(),
    )];
    if let Some(day) = life.adopted {
        events.push((day, format!("{decided_by} antar överenskommelsen")));
    }
    if let Some(day) = life.revised {
        events.push((day, "En reviderad överenskommelse antas".to_string()));
    }
    if let Some(day) = life.step {
        let text = if c.status == Status::Proposed {
            "Förslaget skickas på remiss till föreningslivet"
        } else {
            "En gemensam arbetsgrupp tar fram ett utkast"
        };
        events.push((day, text.to_string()));
    }
    if let Some(day) = life.stopped {
        let text = if c.status == Status::Ended {
            "Överenskommelsen upphör att gälla"
        } else {
            "Arbetet pausas i väntan på nya direktiv"
        };
        events.push((day, text.to_string()));
    }
    let last = events.iter().map(|e| e.0).max().unwrap_or(life.start);
    let target = 2 + rng.below(4);
    while events.len() < target {
        let day = random_day(rng, life.start.plus(1), last.plus(-1));
        let text = *rng.pick(&[
            "Dialogmöte mellan parterna",
            "Gemensam uppföljning presenteras",
            "Samverkansrådet sammanträder",
            "Workshop om överenskommelsens principer",
            "Årlig dialogkonferens",
        ]);
        events.push((day, text.to_string()));
    }
    events.sort_by_key(|e| e.0);
    events
}

/// The compact's `summary`: one sentence.
fn summary(c: &Compact, life: &Life, endorsed: Option<&Compact>) -> String {
    let m = &c.municipality;
    if let Some(other) = endorsed {
        return format!(
            "{m} ansluter sig till överenskommelsen i {} och tar dess principer som sina egna.",
            other.municipality
        );
    }
    let year = |d: Option<Day>| d.map_or(life.start.year(), Day::year);
    match c.status {
        Status::Adopted => format!(
            "{m} och den idéburna sektorn har en gemensam överenskommelse om samverkan som antogs {}.",
            year(life.adopted)
        ),
        Status::Revised => format!(
            "Överenskommelsen mellan {m} och den idéburna sektorn antogs {} och reviderades {}.",
            year(life.adopted),
            year(life.revised)
        ),
        Status::Drafting => {
            format!("{m} tar tillsammans med föreningslivet fram en lokal överenskommelse.")
        }
        Status::Proposed => format!(
            "Ett förslag om en lokal överenskommelse mellan {m} och den idéburna sektorn har lämnats."
        ),
        Status::Halted => format!("Arbetet med en överenskommelse i {m} är pausat sedan {}.", year(life.stopped)),
        Status::Ended => format!(
            "Överenskommelsen mellan {m} och den idéburna sektorn gällde {}–{} men har upphört.",
            year(life.adopted),
            year(life.stopped)
        ),
    }
}

const FIRST_NAMES: &[&str] = &[
    "Anna", "Åsa", "Eva", "Maria", "Karin", "Sara", "Lena", "Ingrid", "Märta", "Sofia", "Erik",
    "Lars", "Anders", "Johan", "Per", "Björn", "Göran", "Mikael", "Örjan", "Jonas", "Fatima",
    "Ali", "Leila", "Amir",
];

const LAST_NAMES: &[&str] = &[
    "Andersson",
    "Lindqvist",
    "Öberg",
    "Nyström",
    "Ekström",
    "Sjöberg",
    "Holm",
    "Bergström",
    "Åberg",
    "Lundgren",
    "Karlsson",
    "Nilsson",
    "Hägg",
    "Strand",
    "Söderlund",
    "Dahl",
    "Hussein",
    "Lindström",
    "Forsberg",
    "Wästberg",
];

const ROLES: &[&str] = &[
    "Samordnare för idéburen sektor",
    "Utvecklingsledare, civilsamhälle",
    "Kommunsekreterare",
    "Ordförande, Föreningsrådet",
    "Verksamhetsutvecklare",
    "Strateg för demokrati och delaktighet",
];

/// 1–2 contacts as YAML lines.
fn contacts_yaml(rng: &mut Rng, c: &Compact, out: &mut String) {
    out.push_str("contacts:\n");
    for _ in 0..1 + rng.below(2) {
        let first = *rng.pick(FIRST_NAMES);
        let last = *rng.pick(LAST_NAMES);
        let role = if c.region {
            "Strateg, Regionens kansli"
        } else {
            *rng.pick(ROLES)
        };
        let email = format!("{}.{}@{}.example.se", slugify(first), slugify(last), c.slug);
        let area = if c.region { 10 } else { rng.between(11, 980) };
        let phone = format!(
            "0{area}-{} {:02} {:02}",
            rng.between(100, 999),
            rng.below(100),
            rng.below(100)
        );
        let _ = writeln!(out, "  - name: {}", q(&format!("{first} {last}")));
        let _ = writeln!(out, "    role: {}", q(role));
        let _ = writeln!(out, "    email: {}", q(&email));
        let _ = writeln!(out, "    phone: {}", q(&phone));
    }
}

/// 1–2 sources as YAML lines.
fn sources_yaml(rng: &mut Rng, c: &Compact, life: &Life, decided_by: &str, out: &mut String) {
    out.push_str("sources:\n");
    let main_day = life.adopted.unwrap_or(life.start);
    let mut docs = vec![(
        if c.status.was_adopted() {
            format!(
                "Lokal överenskommelse mellan {} och idéburen sektor",
                c.municipality
            )
        } else {
            format!("Förslag till lokal överenskommelse, {}", c.municipality)
        },
        main_day,
    )];
    if rng.chance(50) {
        docs.push((format!("Protokoll, {decided_by}"), main_day));
    }
    let board = if c.region { "RS" } else { "KS" };
    for (title, day) in docs {
        let dnr = format!("{board} {}/{}", day.year(), rng.between(10, 1999));
        let url = format!(
            "https://{}.example.se/dokument/{}.pdf",
            c.slug,
            slugify(&dnr)
        );
        let _ = writeln!(out, "  - title: {}", q(&title));
        let _ = writeln!(out, "    date: {}", q(&random_date(rng, day)));
        let _ = writeln!(out, "    dnr: {}", q(&dnr));
        let _ = writeln!(out, "    url: {}", q(&url));
    }
}

/// A compact's title.
fn compact_title(rng: &mut Rng, c: &Compact) -> String {
    let m = &c.municipality;
    match rng.below(3) {
        0 => format!("Överenskommelse mellan {m} och idéburen sektor"),
        1 => format!("Lokal överenskommelse i {m}"),
        _ => format!("Överenskommelsen om samverkan i {m}"),
    }
}

/// The front matter and body of a compact's `_index.md`.
fn compact_file(
    rng: &mut Rng,
    compacts: &[Compact],
    c: &Compact,
    life: &Life,
    living: bool,
) -> String {
    let decided_by = if c.region {
        "Regionfullmäktige"
    } else if rng.chance(80) {
        "Kommunfullmäktige"
    } else {
        "Kommunstyrelsen"
    };
    let endorsed = c.endorses.and_then(|i| compacts.get(i));
    let mut out = String::from("---\n");
    let _ = writeln!(out, "title: {}", q(&compact_title(rng, c)));
    let _ = writeln!(out, "municipality: {}", q(&c.municipality));
    let _ = writeln!(
        out,
        "kind: {}",
        q(if c.region { "region" } else { "kommun" })
    );
    if let Some(county) = c.county {
        let _ = writeln!(out, "county: {}", q(COUNTIES[county]));
    }
    let _ = writeln!(out, "status: {}", q(c.status.key()));
    if matches!(c.status, Status::Adopted | Status::Revised | Status::Ended) {
        if let Some(day) = life.adopted {
            let _ = writeln!(out, "adopted: {}", q(&random_date(rng, day)));
        }
    }
    if let Some(day) = life.revised {
        let _ = writeln!(out, "revised: {}", q(&random_date(rng, day)));
    }
    let _ = writeln!(out, "decided_by: {}", q(decided_by));
    if let Some(other) = endorsed {
        let _ = writeln!(out, "endorses: {}", q(&other.slug));
    }
    let _ = writeln!(out, "summary: {}", q(&summary(c, life, endorsed)));
    out.push_str("timeline:\n");
    for (day, text) in timeline(rng, c, life, decided_by) {
        let _ = writeln!(out, "  - date: {}", q(&random_date(rng, day)));
        let _ = writeln!(out, "    text: {}", q(&text));
    }
    contacts_yaml(rng, c, &mut out);
    sources_yaml(rng, c, life, decided_by, &mut out);
    if living {
        living::front_matter(rng, life, &mut out);
    }
    out.push_str("---\n\n");
    out.push_str(&compact_body(rng, c, life));
    out
}

/// About 600 words in four `##` sections, with one bullet list.
fn compact_body(rng: &mut Rng, c: &Compact, life: &Life) -> String {
    let voice = if c.region {
        Voice {
            org: "Regionen",
            area: "regionen",
        }
    } else {
        Voice {
            org: "Kommunen",
            area: "kommunen",
        }
    };
    let opening = format!(
        "{} och den idéburna sektorn inledde arbetet med en gemensam överenskommelse {}.",
        c.municipality,
        life.start.year()
    );
    let mut body = String::new();
    let _ = write!(
        body,
        "## Bakgrund\n\n{}\n\n",
        paragraphs(rng, &voice, &opening, 110)
    );
    let _ = write!(
        body,
        "## Syfte och mål\n\n{}\n\n",
        paragraphs(rng, &voice, "", 120)
    );
    let _ = write!(
        body,
        "## Åtaganden\n\n{}\n\n{}\n{}\n\n",
        paragraphs(rng, &voice, "", 40),
        commitments(rng, &voice),
        paragraphs(rng, &voice, "", 50)
    );
    let _ = writeln!(
        body,
        "## Uppföljning\n\n{}",
        paragraphs(rng, &voice, "", 110)
    );
    body
}

// ---------------------------------------------------------------------------
// Principles
// ---------------------------------------------------------------------------

/// One principle file: its slug and full text.
struct Principle {
    slug: String,
    text: String,
}

/// The `count` principles of one compact.
fn principles(rng: &mut Rng, deck: &mut TopicDeck, c: &Compact, count: usize) -> Vec<Principle> {
    let voice = Voice {
        org: if c.region { "Regionen" } else { "Kommunen" },
        area: if c.region { "regionen" } else { "kommunen" },
    };
    let mut slugs = HashSet::new();
    let mut titles = HashSet::new();
    let mut list = Vec::with_capacity(count);
    for order in 1..=count {
        let primary = deck.draw(rng);
        let mut topics = vec![primary];
        if rng.chance(35) {
            let second = rng.below(TOPICS.len());
            if second != primary {
                topics.push(second);
            }
        }
        let topic = &TOPICS[primary];
        let title = principle_title(rng, topic, &mut titles);
        let slug = unique_slug(&slugify(&title), &mut slugs);
        let mut text = String::from("---\n");
        let _ = writeln!(text, "title: {}", q(&title));
        text.push_str("topics:\n");
        for t in &topics {
            let _ = writeln!(text, "  - {}", q(TOPICS[*t].id));
        }
        let _ = writeln!(text, "order: {order}");
        text.push_str("---\n\n");
        let opening = format!(
            "Principen om {} handlar om {}.",
            lower_first(topic.name),
            topic.gist
        );
        text.push_str(&paragraphs(rng, &voice, &opening, 95));
        text.push('\n');
        list.push(Principle { slug, text });
    }
    list
}

/// A title for a principle under `topic`, not yet used in this compact.
fn principle_title(rng: &mut Rng, topic: &Topic, used: &mut HashSet<String>) -> String {
    let start = rng.below(topic.titles.len());
    let fresh = (0..topic.titles.len())
        .map(|i| topic.titles[(start + i) % topic.titles.len()].to_string())
        .find(|t| !used.contains(t));
    let title = fresh.unwrap_or_else(|| {
        let base = upper_first(topic.name);
        (2..)
            .map(|n| format!("{base} {n}"))
            .find(|t| !used.contains(t))
            .unwrap_or(base)
    });
    used.insert(title.clone());
    title
}

// ---------------------------------------------------------------------------
// Site files
// ---------------------------------------------------------------------------

/// `site.yaml`.
fn site_yaml(args: &Args) -> String {
    format!(
        "title: {}\nbase_url: {}\nlanguage: \"sv\"\ndescription: {}\n",
        q("Lokala överenskommelser (syntetisk testsajt)"),
        q(BASE_URL),
        q(&format!(
            "Syntetiska överenskommelser för prestandatester, seed {}.",
            args.seed
        ))
    )
}

/// `content/_index.md`.
fn front_page(args: &Args, with_principles: usize) -> String {
    format!(
        "---\ntitle: {}\ndescription: {}\n---\n\n\
         Den här sajten är genererad av `synth` för prestandatester och innehåller \
         {} överenskommelser mellan kommuner, regioner och den idéburna sektorn. \
         {} av dem har egna principer, {} per överenskommelse.\n\n\
         Namn, datum och texter är påhittade. Samma seed ({}) ger alltid samma sajt.\n",
        q("Lokala överenskommelser"),
        q("Syntetiska lokala överenskommelser mellan kommuner, regioner och idéburen sektor."),
        args.compacts,
        with_principles,
        args.principles,
        args.seed
    )
}

/// `content/topics.yaml`.
fn topics_yaml() -> String {
    let mut out = String::from(
        "# Jämförelsevokabulär för den syntetiska sajten.\n\
         # Samma elva principområden som de flesta lokala överenskommelser bygger på;\n\
         # varje princip i sajten pekar på ett eller två av dem.\n",
    );
    for t in TOPICS {
        let _ = writeln!(out, "- id: {}", q(t.id));
        let _ = writeln!(out, "  name: {}", q(t.name));
        let _ = writeln!(out, "  description: {}", q(t.description));
    }
    out
}

// ---------------------------------------------------------------------------
// Writing
// ---------------------------------------------------------------------------

/// What was written, for the final report.
#[derive(Default)]
pub(crate) struct Totals {
    pub(crate) compacts: usize,
    pub(crate) principles: usize,
    /// Earlier versions written.
    pub(crate) versions: usize,
    files: usize,
    bytes: u64,
}

impl Totals {
    /// Writes one file and counts it.
    fn write(&mut self, path: &Path, text: &str) -> io::Result<()> {
        fs::write(path, text).map_err(|e| with_path(e, path))?;
        self.files += 1;
        self.bytes += text.len() as u64;
        Ok(())
    }
}

/// Adds the path to an I/O error's message.
fn with_path(error: io::Error, path: &Path) -> io::Error {
    io::Error::new(error.kind(), format!("{}: {error}", path.display()))
}

/// Creates a directory and its parents.
fn create_dir(path: &Path) -> io::Result<()> {
    fs::create_dir_all(path).map_err(|e| with_path(e, path))
}

/// Makes sure `out` may be written: missing or empty, or cleaned when `force` is set.
fn prepare_out(out: &Path, force: bool) -> io::Result<()> {
    if !out.exists() {
        return create_dir(out);
    }
    if !out.is_dir() {
        return Err(io::Error::other(format!(
            "{} is not a directory",
            out.display()
        )));
    }
    let empty = fs::read_dir(out)
        .map_err(|e| with_path(e, out))?
        .next()
        .is_none();
    if empty {
        return Ok(());
    }
    if !force {
        return Err(io::Error::other(format!(
            "{} is not empty; pass --force to replace its content/ and site.yaml",
            out.display()
        )));
    }
    let content = out.join("content");
    if content.is_dir() {
        fs::remove_dir_all(&content).map_err(|e| with_path(e, &content))?;
    }
    let site = out.join("site.yaml");
    if site.exists() {
        fs::remove_file(&site).map_err(|e| with_path(e, &site))?;
    }
    Ok(())
}

/// Generates and writes the whole site.
pub(crate) fn run(args: &Args) -> io::Result<Totals> {
    prepare_out(&args.out, args.force)?;
    let mut rng = Rng(args.seed);
    let compacts = plan_compacts(&mut rng, args.compacts);
    let with_principles = compacts.iter().filter(|c| c.has_principles).count();
    let content = args.out.join("content");
    create_dir(&content)?;

    let mut totals = Totals::default();
    totals.write(&args.out.join("site.yaml"), &site_yaml(args))?;
    totals.write(
        &content.join("_index.md"),
        &front_page(args, with_principles),
    )?;
    totals.write(&content.join("topics.yaml"), &topics_yaml())?;

    let mut deck = TopicDeck::new();
    for c in &compacts {
        let dir = content.join(&c.slug);
        create_dir(&dir)?;
        let life = random_life(&mut rng, c.status);
        totals.write(
            &dir.join("_index.md"),
            &compact_file(&mut rng, &compacts, c, &life, args.living),
        )?;
        totals.compacts += 1;
        let mut written = Vec::new();
        if c.has_principles && args.principles > 0 {
            let pdir = dir.join("principles");
            create_dir(&pdir)?;
            for p in principles(&mut rng, &mut deck, c, args.principles) {
                totals.write(&pdir.join(format!("{}.md", p.slug)), &p.text)?;
                totals.principles += 1;
                written.push(p);
            }
        }
        if args.living {
            living::write(&mut rng, c, &life, &written, &dir, &mut totals)?;
        }
    }
    Ok(totals)
}

#[path = "synth/living.rs"]
mod living;

fn main() -> ExitCode {
    let args = match parse_args(std::env::args().skip(1)) {
        Ok(args) => args,
        Err(ArgError::Help) => {
            println!("{USAGE}");
            return ExitCode::SUCCESS;
        }
        Err(ArgError::Bad(message)) => {
            eprintln!("synth: {message}\n\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    match run(&args) {
        Ok(t) => {
            println!(
                "synth: wrote {} compacts, {} principles, {} files ({:.1} MB) to {}",
                t.compacts,
                t.principles,
                t.files,
                t.bytes as f64 / 1_000_000.0,
                args.out.display()
            );
            ExitCode::SUCCESS
        }
        Err(error) => {
            eprintln!("synth: {error}");
            ExitCode::FAILURE
        }
    }
}
