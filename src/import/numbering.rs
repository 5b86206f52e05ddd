//! The numbers of numbered lists and headings, which are never in the text: Word keeps
//! them in `numbering.xml` as definitions (levels, formats, start values, restarts) and
//! counts as it lays out the document. This counts the same way: one set of counters per
//! numbering definition (so lists that LibreOffice writes as several ids of one definition
//! go on counting), restarted where a list's id overrides a start value, each level
//! restarting after the levels above it unless it says otherwise.

use std::collections::{HashMap, HashSet};

use super::model::ListItem;
use super::xml::Element;

/// How a level writes its number.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
enum Format {
    #[default]
    Decimal,
    DecimalZero,
    UpperRoman,
    LowerRoman,
    UpperLetter,
    LowerLetter,
    Bullet,
    None,
}

/// One level of a numbering definition.
#[derive(Debug, Clone, Default)]
struct Level {
    start: u32,
    format: Format,
    /// `%1.%2.` and the like: what is shown, each `%n` the number of level n.
    text: String,
    /// After which level (1-based) this one starts again; 0 never.
    restart: Option<u8>,
    /// "Legal" numbering: every level's number in decimal.
    legal: bool,
}

/// A list's id: the definition it counts by, and the levels it overrides.
#[derive(Debug, Clone, Default)]
struct Num {
    definition: String,
    starts: Vec<(u8, u32)>,
    levels: Vec<(u8, Level)>,
}

/// The document's lists, and their counters as the document is read in order.
#[derive(Debug, Default)]
pub(crate) struct Numbering {
    definitions: HashMap<String, Vec<Option<Level>>>,
    nums: HashMap<String, Num>,
    counters: HashMap<String, [Option<u32>; 9]>,
    started: HashSet<String>,
}

impl Numbering {
    /// Reads `word/numbering.xml`.
    pub(crate) fn read(root: &Element) -> Numbering {
        let mut definitions = HashMap::new();
        let mut links = HashMap::new();
        let mut style_links = HashMap::new();
        for definition in root.elements().filter(|e| e.name == "abstractNum") {
            let Some(id) = definition.attr("abstractNumId") else {
                continue;
            };
            let mut levels: Vec<Option<Level>> = vec![None; 9];
            for lvl in definition.elements().filter(|e| e.name == "lvl") {
                if let Some((index, level)) = level(lvl) {
                    levels[usize::from(index)] = Some(level);
                }
            }
            if let Some(link) = definition.child_val("numStyleLink") {
                links.insert(id.to_owned(), link.to_owned());
            }
            if let Some(link) = definition.child_val("styleLink") {
                style_links.insert(link.to_owned(), id.to_owned());
            }
            definitions.insert(id.to_owned(), levels);
        }
        let mut nums = HashMap::new();
        for num in root.elements().filter(|e| e.name == "num") {
            let (Some(id), Some(definition)) = (num.attr("numId"), num.child_val("abstractNumId"))
            else {
                continue;
            };
            // A definition that only points at a numbering style counts by the definition
            // of that style.
            let definition = links
                .get(definition)
                .and_then(|style| style_links.get(style))
                .map_or(definition, String::as_str);
            let mut entry = Num {
                definition: definition.to_owned(),
                ..Num::default()
            };
            for over in num.elements().filter(|e| e.name == "lvlOverride") {
                let Some(index) = over.attr("ilvl").and_then(|l| l.parse::<u8>().ok()) else {
                    continue;
                };
                if index > 8 {
                    continue;
                }
                if let Some(start) = over.child_val("startOverride").and_then(|s| s.parse().ok()) {
                    entry.starts.push((index, start));
                }
                if let Some((_, mut level)) = over.child("lvl").and_then(level) {
                    // Word ignores a restart written in an override (Microsoft's notes on
                    // how Word implements ISO/IEC 29500).
                    level.restart = None;
                    entry.levels.push((index, level));
                }
            }
            nums.insert(id.to_owned(), entry);
        }
        Numbering {
            definitions,
            nums,
            ..Numbering::default()
        }
    }

    fn level(&self, num: &Num, index: u8) -> Option<Level> {
        if let Some((_, level)) = num.levels.iter().find(|(i, _)| *i == index) {
            return Some(level.clone());
        }
        self.definitions
            .get(&num.definition)?
            .get(usize::from(index))?
            .clone()
    }

    /// Counts a paragraph of list `id` at level `index`, and says what Word shows before
    /// it. `None` when the list does not exist or is `0` (numbering taken away).
    pub(crate) fn next(&mut self, id: &str, index: u8) -> Option<ListItem> {
        let num = self.nums.get(id)?.clone();
        let index = index.min(8);
        let this = self.level(&num, index)?;
        let levels: Vec<Option<Level>> = (0..9).map(|i| self.level(&num, i)).collect();
        let counters = self.counters.entry(num.definition.clone()).or_default();
        if self.started.insert(id.to_owned()) {
            for (level, start) in &num.starts {
                // The next number at that level is the override's.
                counters[usize::from(*level)] = Some(start.saturating_sub(1));
            }
            for (level, _) in &num.levels {
                counters[usize::from(*level)] = None;
            }
        }
        let i = usize::from(index);
        // A level restarting starts again at the list's override, where it has one.
        let start = num
            .starts
            .iter()
            .find(|(level, _)| *level == index)
            .map_or(this.start, |(_, start)| *start);
        let value = match counters[i] {
            Some(n) => n.saturating_add(1),
            None => start,
        };
        counters[i] = Some(value);
        for (deeper, level) in levels.iter().enumerate().skip(i + 1) {
            let restart = level
                .as_ref()
                .and_then(|l| l.restart)
                .unwrap_or(deeper as u8);
            if restart != 0 && usize::from(restart) > i {
                counters[deeper] = None;
            }
        }
        if this.format == Format::None {
            return None;
        }
        let mut label = this.text.clone();
        for (n, level) in levels.iter().enumerate().rev() {
            let placeholder = format!("%{}", n + 1);
            if !label.contains(&placeholder) {
                continue;
            }
            let format = level.as_ref().map_or(Format::Decimal, |l| l.format);
            let format = if this.legal { Format::Decimal } else { format };
            let number = counters[n].unwrap_or_else(|| level.as_ref().map_or(1, |l| l.start));
            label = label.replace(&placeholder, &write(number, format));
        }
        let bullet = this.format == Format::Bullet;
        Some(ListItem {
            list: num.definition.clone(),
            level: index,
            number: (!bullet).then_some(value),
            label: if bullet { "•".to_owned() } else { label },
            decimal: this.format == Format::Decimal && this.text == format!("%{}.", index + 1),
        })
    }
}

fn level(lvl: &Element) -> Option<(u8, Level)> {
    let index: u8 = lvl.attr("ilvl")?.parse().ok()?;
    if index > 8 {
        return None;
    }
    let format = match lvl.child_val("numFmt").unwrap_or("decimal") {
        "decimalZero" => Format::DecimalZero,
        "upperRoman" => Format::UpperRoman,
        "lowerRoman" => Format::LowerRoman,
        "upperLetter" => Format::UpperLetter,
        "lowerLetter" => Format::LowerLetter,
        "bullet" => Format::Bullet,
        "none" => Format::None,
        _ => Format::Decimal,
    };
    Some((
        index,
        Level {
            start: lvl
                .child_val("start")
                .and_then(|s| s.parse().ok())
                .unwrap_or(if format == Format::Bullet { 1 } else { 0 }),
            format,
            text: lvl.child_val("lvlText").unwrap_or_default().to_owned(),
            restart: lvl.child_val("lvlRestart").and_then(|r| r.parse().ok()),
            legal: lvl.toggle("isLgl").unwrap_or(false),
        },
    ))
}

/// A number as a format writes it.
fn write(number: u32, format: Format) -> String {
    match format {
        Format::Decimal | Format::Bullet | Format::None => number.to_string(),
        Format::DecimalZero => format!("{number:02}"),
        Format::UpperRoman => roman(number),
        Format::LowerRoman => roman(number).to_lowercase(),
        Format::UpperLetter => letters(number),
        Format::LowerLetter => letters(number).to_lowercase(),
    }
}

fn roman(mut number: u32) -> String {
    const NUMERALS: [(u32, &str); 13] = [
        (1000, "M"),
        (900, "CM"),
        (500, "D"),
        (400, "CD"),
        (100, "C"),
        (90, "XC"),
        (50, "L"),
        (40, "XL"),
        (10, "X"),
        (9, "IX"),
        (5, "V"),
        (4, "IV"),
        (1, "I"),
    ];
    if number == 0 || number > 3999 {
        return number.to_string();
    }
    let mut out = String::new();
    for (value, numeral) in NUMERALS {
        while number >= value {
            out.push_str(numeral);
            number -= value;
        }
    }
    out
}

/// A, B, … Z, AA, BB, … as Word writes letters past Z.
fn letters(number: u32) -> String {
    if number == 0 || number > 780 {
        return number.to_string();
    }
    let letter = char::from(b'A' + ((number - 1) % 26) as u8);
    std::iter::repeat_n(letter, ((number - 1) / 26 + 1) as usize).collect()
}

/// Reads a number a document wrote itself before a title ("3.", "III.", "3)", "C."),
/// returning the number and the rest of the title.
pub(crate) fn typed_number(title: &str) -> Option<(u32, &str)> {
    let end = title.find(['.', ')', ':'])?;
    let (mark, rest) = (&title[..end], &title[end + 1..]);
    if !rest.starts_with(' ') || rest.trim().is_empty() {
        return None;
    }
    let number = if let Ok(n) = mark.parse::<u32>() {
        n
    } else if !mark.is_empty() && mark.chars().all(|c| "IVXLC".contains(c)) {
        (1..=399).find(|n| roman(*n) == mark)?
    } else {
        return None;
    };
    Some((number, rest.trim_start()))
}

#[cfg(test)]
mod tests;
