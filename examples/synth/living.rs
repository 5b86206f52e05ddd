//! The living parts of a synthetic compact: earlier versions (0–3, each with its principles
//! a little different from the next), a list of 0–200 signatories with valid organisation
//! numbers, an action plan of 5–30 actions (a few late), and yearly follow-ups (a fifth of
//! them behind), as a compact kept up for years has them.

use std::fmt::Write as _;
use std::path::Path;

use super::{
    create_dir, q, random_date, random_day, Compact, Day, Life, Principle, Rng, Status, Totals,
};

/// How many earlier versions a compact of `status` has.
fn version_count(rng: &mut Rng, status: Status) -> usize {
    match status {
        Status::Revised => 1 + rng.below(3),
        Status::Adopted | Status::Ended if rng.chance(15) => 1,
        _ => 0,
    }
}

/// The words an earlier version had where the one in force has others.
const OLDER_WORDING: &[(&str, &str)] = &[
    ("ska", "bör"),
    ("tillsammans", "gemensamt"),
    ("kommunen", "kommunens förvaltningar"),
    ("regionen", "regionens förvaltningar"),
    ("organisationer", "föreningar"),
];

/// A principle as an earlier version wrote it: some words older, sometimes another title.
fn older(rng: &mut Rng, text: &str) -> String {
    let mut out = text.to_owned();
    for (now, then) in OLDER_WORDING {
        if rng.chance(40) {
            out = out.replacen(&format!(" {now} "), &format!(" {then} "), 1);
        }
    }
    if rng.chance(15) {
        out = out.replacen("title: \"", "title: \"Om ", 1);
    }
    out
}

/// Writes `versions/<date>/` for each earlier version and returns how many. A revised
/// compact's versions lie between its adoption and its revision; another compact's one
/// earlier version is the declaration of intent before its adoption.
fn versions(
    rng: &mut Rng,
    c: &Compact,
    life: &Life,
    principles: &[Principle],
    dir: &Path,
    totals: &mut Totals,
) -> std::io::Result<usize> {
    let (Some(adopted), true) = (life.adopted, c.has_principles) else {
        return Ok(0);
    };
    let count = version_count(rng, c.status);
    // Every earlier version at least 366 days before the version in force, so that it lies
    // in an earlier year and is told apart from it however the date in force is written.
    let dates: Vec<Day> = match life.revised {
        Some(revised) => {
            let step = (revised.0 - 366 - adopted.0) / count as i64;
            (0..count).map(|i| adopted.plus(step * i as i64)).collect()
        }
        None => vec![life.start.min(adopted.plus(-366)); count],
    };
    // From the newest back: each older version words a little differently from the next.
    let mut texts: Vec<(String, String)> = principles
        .iter()
        .map(|p| (p.slug.clone(), p.text.clone()))
        .collect();
    for (i, day) in dates.iter().enumerate().rev() {
        texts = texts
            .iter()
            .map(|(s, t)| (s.clone(), older(rng, t)))
            .collect();
        if rng.chance(30) && texts.len() > 2 {
            texts.pop();
        }
        let folder = dir.join("versions").join(day.format(super::Precision::Day));
        create_dir(&dir.join("versions"))?;
        create_dir(&folder)?;
        let title = match (i, life.revised) {
            (0, Some(_)) => "Den första överenskommelsen",
            (_, Some(_)) => "En reviderad överenskommelse",
            (_, None) => "Avsiktsförklaringen",
        };
        let mut index = String::from("---\n");
        let _ = writeln!(index, "title: {}", q(title));
        let _ = writeln!(index, "summary: {}", q(&format!("{title} antas.")));
        index.push_str("---\n\nDen tidigare versionens inledning.\n");
        totals.write(&folder.join("_index.md"), &index)?;
        if rng.chance(85) {
            let principles = folder.join("principles");
            create_dir(&principles)?;
            for (slug, text) in &texts {
                totals.write(&principles.join(format!("{slug}.md")), text)?;
            }
        }
    }
    Ok(count)
}

/// A valid organisation number of an association (it begins with 8).
fn org_number(rng: &mut Rng) -> String {
    let mut digits: Vec<u32> = vec![8, 0, 2];
    for _ in 0..6 {
        digits.push(rng.below(10) as u32);
    }
    let sum: u32 = digits
        .iter()
        .enumerate()
        .map(|(i, &d)| {
            if i % 2 == 0 {
                let t = d * 2;
                t / 10 + t % 10
            } else {
                d
            }
        })
        .sum();
    digits.push((10 - sum % 10) % 10);
    let flat: String = digits.iter().map(|d| char::from(b'0' + *d as u8)).collect();
    format!("{}-{}", &flat[..6], &flat[6..])
}

const KINDS: &[&str] = &[
    "Idrottsförening",
    "Byalag",
    "Pensionärsförening",
    "Kulturförening",
    "Scoutkår",
    "Hembygdsförening",
    "Föräldraförening",
    "Ungdomsförening",
    "Fältbiologerna",
];

/// Writes `signatories.csv`, as Excel on a Swedish Windows does: semicolons.
fn signatories(
    rng: &mut Rng,
    c: &Compact,
    life: &Life,
    dir: &Path,
    totals: &mut Totals,
) -> std::io::Result<()> {
    let Some(adopted) = life.adopted.filter(|_| rng.chance(70)) else {
        return Ok(());
    };
    let count = rng.below(201);
    let mut out = String::from("namn;anslöt;lämnade;organisationsnummer;webbplats\r\n");
    let last = life.stopped.unwrap_or(super::last_day());
    let mut numbers = std::collections::HashSet::new();
    for n in 0..count {
        let name = format!("{} i {} {}", rng.pick(KINDS), c.municipality, n + 1);
        let joined = random_day(rng, adopted, last);
        let left = rng.chance(8).then(|| random_day(rng, joined.plus(1), last));
        let _ = write!(out, "{};{};", name, random_date(rng, joined));
        if let Some(left) = left {
            out.push_str(&left.format(super::Precision::Day));
        }
        out.push(';');
        if rng.chance(60) {
            // Each organisation once: a number drawn twice is drawn again.
            let number = std::iter::repeat_with(|| org_number(rng))
                .find(|n| numbers.insert(n.clone()))
                .unwrap_or_default();
            out.push_str(&number);
        }
        out.push_str(";\r\n");
    }
    totals.write(&dir.join("signatories.csv"), &out)
}

const ACTIONS: &[&str] = &[
    "Ett årligt erfarenhetsutbyte",
    "En styrgrupp tillsätts",
    "En webbsida om överenskommelsen",
    "Utbildning för förvaltningarna",
    "En dialogträff om lokaler",
    "Riktlinjer för IOP",
    "En gemensam uppföljning",
    "Information till nya föreningar",
    "Ett samråd inför budgeten",
];

const RESPONSIBLE: &[&str] = &[
    "Styrgruppen",
    "Kommunstyrelsen",
    "Kultur- och fritidsförvaltningen",
];

/// Writes `plan.yaml` for an adopted or revised compact, sometimes.
fn plan(rng: &mut Rng, life: &Life, dir: &Path, totals: &mut Totals) -> std::io::Result<()> {
    let Some(adopted) = life
        .adopted
        .filter(|_| life.stopped.is_none() && rng.chance(60))
    else {
        return Ok(());
    };
    let mut out = String::new();
    for n in 0..5 + rng.below(26) {
        let status = rng.pick(&["planned", "ongoing", "done", "done", "dropped"]);
        // Most open actions are due later; a few are late, as in life.
        let open = matches!(*status, "planned" | "ongoing");
        let due = if open && rng.chance(96) {
            random_day(rng, super::last_day(), super::last_day().plus(900))
        } else {
            random_day(rng, adopted.plus(60), adopted.plus(2500))
        };
        let _ = writeln!(
            out,
            "- title: {}",
            q(&format!("{} ({})", rng.pick(ACTIONS), n + 1))
        );
        let responsible = *rng.pick(RESPONSIBLE);
        let _ = writeln!(out, "  responsible: {}", q(responsible));
        let _ = writeln!(out, "  due: {}", q(&random_date(rng, due)));
        let _ = writeln!(out, "  status: {status}");
        if *status == "done" {
            let done = due.min(super::last_day());
            let _ = writeln!(out, "  done: {}", q(&done.format(super::Precision::Month)));
        }
    }
    totals.write(&dir.join("plan.yaml"), &out)
}

/// The follow-up keys of the front matter: yearly follow-ups since the adoption, the most
/// recent ones sometimes missing.
pub(super) fn front_matter(rng: &mut Rng, life: &Life, out: &mut String) {
    let Some(adopted) = life.adopted.filter(|_| rng.chance(50)) else {
        return;
    };
    out.push_str("follow_up_every_years: 1\n");
    let last = life.stopped.unwrap_or(super::last_day());
    // Most keep their promise; a fifth have missed a year or two.
    let missing = if rng.chance(20) {
        1 + rng.below(2) as i64
    } else {
        0
    };
    let mut year = adopted.year() + 1;
    let mut lines = String::new();
    while year <= last.year() - missing {
        let day = Day::from_civil(year, 10, 1 + rng.below(28) as i64);
        let _ = writeln!(
            lines,
            "  - date: {}",
            q(&day.format(super::Precision::Month))
        );
        let _ = writeln!(lines, "    title: {}", q(&format!("Uppföljning {year}")));
        year += 1;
    }
    if !lines.is_empty() {
        out.push_str("followups:\n");
        out.push_str(&lines);
    }
}

/// Writes the living parts' own files into the compact's folder `dir`.
pub(super) fn write(
    rng: &mut Rng,
    c: &Compact,
    life: &Life,
    principles: &[Principle],
    dir: &Path,
    totals: &mut Totals,
) -> std::io::Result<()> {
    totals.versions += versions(rng, c, life, principles, dir, totals)?;
    signatories(rng, c, life, dir, totals)?;
    plan(rng, life, dir, totals)
}
