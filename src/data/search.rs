//! Search that works offline and stays light: the index is split into parts by the first
//! two letters of each (folded) word, so a query loads only the parts of its own words, and
//! what a result shows of a compact is a small file of its own, loaded only for the results
//! shown. Every file is a script that hands its data to the search page's script (so it loads
//! from `file://` too). Nothing is sent anywhere.
//!
//! A part lists each word with the compacts and documents that hold it: for each compact in
//! turn, the gap since the last compact holding the word and the mask of its documents (bit 0
//! its own page, bit `i` its principle `i - 1`), each a number in base 32 written with
//! [`DIGITS`], a digit from the second half meaning that more digits follow.

use serde::Serialize;

use crate::compare::GroupKey;
use crate::content::CompactId;
use crate::reads::Reader;
use crate::terms::{key_name, Key};
use crate::urls;
use crate::views::Views;

/// The digits of the index's numbers: the first 32 end a number, the last 32 go on.
const DIGITS: &[u8; 64] = b"0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ-_";

/// One part of the index: every word starting with `key`, with the compacts that hold it.
pub(crate) fn search_part(r: &Reader<'_>, key: Key) -> Vec<u8> {
    // Each compact's words are kept in order; merged, each word gathers its compacts.
    let mut words: std::collections::BTreeMap<&str, (String, String, [u32; 2])> =
        std::collections::BTreeMap::new();
    for c in r.members(key) {
        let Some(share) = r.share(c, key) else {
            continue;
        };
        let at = c.0;
        for (word, text, title) in &share.words {
            let (texts, titles, last) = words.entry(word.as_str()).or_default();
            if *text != 0 {
                number(texts, u64::from(at - last[0]));
                number(texts, *text);
                last[0] = at + 1;
            }
            if *title != 0 {
                number(titles, u64::from(at - last[1]));
                number(titles, *title);
                last[1] = at + 1;
            }
        }
    }
    let mut out = format!("overensSearch.part(\"{}\",{{", key_name(key));
    for (i, (word, (texts, titles, _))) in words.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        out.push_str(&format!("\"{word}\":[\"{texts}\",\"{titles}\"]"));
    }
    out.push_str("});\n");
    out.into_bytes()
}

/// Writes `value` in base 32 with [`DIGITS`], lowest digit first.
fn number(out: &mut String, mut value: u64) {
    loop {
        let low = (value & 31) as usize;
        value >>= 5;
        if value == 0 {
            out.push(char::from(DIGITS[low]));
            return;
        }
        out.push(char::from(DIGITS[32 + low]));
    }
}

/// What a result shows of compact `c` and its principles: titles and addresses.
pub(crate) fn search_compact(r: &Reader<'_>, c: CompactId) -> Vec<u8> {
    let head = r.head(c);
    let slug = r.slug(c);
    let principles: Vec<(&str, String)> = r
        .outline(c)
        .into_iter()
        .map(|(_, t)| (t.slug, format!("{} ({})", t.title, head.municipality)))
        .collect();
    let record = (
        slug,
        format!("{}: {}", head.municipality, head.title),
        principles,
    );
    format!("overensSearch.compact({},{});\n", c.0, script_json(&record)).into_bytes()
}

/// The topics, which the search page's script looks through whole: they are few.
pub(crate) fn search_topics(r: &Reader<'_>, views: &Views<'_>) -> Vec<u8> {
    let words = views.words();
    let topics: Vec<(&str, String, &str)> = r
        .topics()
        .iter()
        .map(|topic| {
            (
                topic.name.as_str(),
                urls::topic(words, &topic.id),
                topic.description.as_str(),
            )
        })
        .collect();
    // The counties (and the compacts naming none), each with its compacts as gaps in
    // base 32: a word of a county's name finds its compacts, and the county filters by them.
    let split = crate::views::split(r);
    let counties: Vec<(String, String, String, String)> = r
        .groups()
        .into_iter()
        .filter(|(key, _)| *key != GroupKey::National)
        .map(|(key, members)| {
            let group = views.group_view(key, members, split);
            let mut ids: Vec<u32> = members.iter().map(|c| c.0).collect();
            ids.sort_unstable();
            let mut gaps = String::new();
            let mut next = 0;
            for id in ids {
                number(&mut gaps, u64::from(id - next));
                next = id + 1;
            }
            (group.name, group.path, group.slug, gaps)
        })
        .collect();
    format!(
        "overensSearch.topics({});\noverensSearch.counties({});\n",
        script_json(&topics),
        script_json(&counties)
    )
    .into_bytes()
}

/// `value` as JSON that cannot end its script early.
fn script_json<T: Serialize>(value: &T) -> String {
    // Plain strings and lists cannot fail to serialize.
    let json = serde_json::to_string(value).unwrap_or_else(|_| "null".to_owned());
    json.replace("</", "<\\/")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_are_base_32_lowest_digit_first() {
        let written = |v| {
            let mut out = String::new();
            number(&mut out, v);
            out
        };
        assert_eq!(written(0), "0");
        assert_eq!(written(31), "v");
        assert_eq!(written(32), "w1");
        assert_eq!(written(0b11_00001), "x3");
        assert_eq!(written(u64::MAX).len(), 13);
    }
}
