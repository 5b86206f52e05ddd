//! Indentation that does not line up. The parser notices it only where the structure no
//! longer fits, and says something else: a line one step too deep reads as a colon in text,
//! one step too shallow as a missing key. Looking at the lines themselves finds the line
//! that is off, how deep it is, and how deep it should be.

/// A line indented the wrong way, with everything the editor needs to fix it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Slip {
    /// 0-based index of the line among the lines looked at.
    pub(super) index: usize,
    /// Spaces before the line's first character now.
    pub(super) found: usize,
    /// Spaces it should have.
    pub(super) wanted: usize,
    /// The line's own key, or `-` for a new item of a list.
    pub(super) own: String,
    /// What is wrong.
    pub(super) kind: Kind,
}

/// How a line is off.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum Kind {
    /// Deeper than the setting above it, which has its value: `key` is that setting.
    Deeper { key: String },
    /// Less deep than the other settings of the same item of a list, which start with `key`.
    Shallower { key: String },
    /// A new item of a list whose `-` is not under the `-` of the item before, on the line at
    /// 0-based index `other`.
    Items { other: usize },
}

/// One line of YAML, as far as indentation goes.
#[derive(Debug, Clone)]
struct Line<'a> {
    index: usize,
    indent: usize,
    /// The line starts a list item with `-`.
    dash: bool,
    /// Where the key (or the item's first key) starts.
    key_column: usize,
    key: Option<&'a str>,
    /// The key has its value on the same line (not a block of lines under it).
    has_value: bool,
    /// The value is a block of text on the lines under it (`|`, `>`).
    block: bool,
}

/// An item of a list, while the list goes on.
#[derive(Debug, Clone, Copy)]
struct Item<'a> {
    /// The item's first key.
    key: &'a str,
    /// Where its `-` stands.
    dash: usize,
    /// Where its settings start.
    key_column: usize,
    /// The key column of the setting the list belongs to.
    parent: usize,
    /// Index of the item's first line.
    index: usize,
}

fn read(index: usize, raw: &str) -> Option<Line<'_>> {
    let indent = raw.len() - raw.trim_start_matches(' ').len();
    let rest = raw[indent..].trim_end();
    if rest.is_empty() || rest.starts_with('#') {
        return None;
    }
    let (dash, after) = match rest.strip_prefix('-') {
        Some(after) if after.is_empty() || after.starts_with(' ') => (true, after),
        _ => (false, rest),
    };
    let inner = after.trim_start_matches(' ');
    let key_column = indent + (rest.len() - inner.len());
    let key = inner
        .split_once(':')
        .filter(|(key, value)| {
            !key.is_empty()
                && !key.starts_with(['"', '\'', '[', '{', '#', '-'])
                && !key.contains([' ', '\t', '#'])
                && (value.is_empty() || value.starts_with(' '))
        })
        .map(|(key, value)| (key, value.trim()));
    let value = key.map_or("", |(_, value)| value);
    let value = value.split(" #").next().unwrap_or(value).trim();
    Some(Line {
        index,
        indent,
        dash,
        key_column,
        key: key.map(|(key, _)| key),
        has_value: !value.is_empty() && !value.starts_with(['|', '>']),
        block: value.starts_with(['|', '>']),
    })
}

/// The first line of `lines` whose indentation does not line up with the lines around it.
pub(super) fn first_slip<'a>(lines: impl IntoIterator<Item = &'a str>) -> Option<Slip> {
    let mut previous: Option<Line<'_>> = None;
    let mut items: Vec<Item<'_>> = Vec::new();
    let mut block_above: Option<usize> = None;
    for (index, raw) in lines.into_iter().enumerate() {
        let Some(line) = read(index, raw) else {
            continue;
        };
        if let Some(indent) = block_above {
            if line.indent > indent {
                // Text of a block value: its own lines.
                continue;
            }
            block_above = None;
        }
        // The lists this line ends: those whose items it is not inside.
        while let Some(item) = items.last() {
            // A `-` anywhere from the list's setting on is an item of the list, in line or
            // not; a line of settings at the `-` is inside only when the list is indented
            // under its setting.
            let inside = line.indent > item.dash
                || (line.dash && line.indent >= item.parent)
                || (line.indent == item.dash && item.dash > item.parent);
            if inside {
                break;
            }
            items.pop();
        }
        let opens_list = previous
            .as_ref()
            .is_some_and(|p| p.key.is_some() && !p.has_value && !p.block);
        if let Some(slip) = check(&line, previous.as_ref(), items.last(), opens_list) {
            return Some(slip);
        }
        if line.dash {
            let parent = match (opens_list, items.last()) {
                (true, _) | (false, None) => previous.as_ref().map_or(0, |p| p.key_column),
                (false, Some(item)) => item.parent,
            };
            if !opens_list && items.last().is_some_and(|i| i.dash == line.indent) {
                items.pop();
            }
            items.push(Item {
                key: line.key.unwrap_or("-"),
                dash: line.indent,
                key_column: line.key_column,
                parent,
                index,
            });
        }
        if line.block {
            block_above = Some(line.indent);
        }
        previous = Some(line);
    }
    None
}

/// How `line` is off, if it is, after `previous` and inside `item`.
fn check(
    line: &Line<'_>,
    previous: Option<&Line<'_>>,
    item: Option<&Item<'_>>,
    opens_list: bool,
) -> Option<Slip> {
    let own = if line.dash {
        "-"
    } else {
        line.key.unwrap_or("-")
    };
    let slip = |wanted: usize, kind: Kind| {
        Some(Slip {
            index: line.index,
            found: line.indent,
            wanted,
            own: own.to_owned(),
            kind,
        })
    };
    if let (Some(item), true, false) = (item, line.dash, opens_list) {
        if line.indent != item.dash && line.indent >= item.parent {
            return slip(item.dash, Kind::Items { other: item.index });
        }
    }
    line.key?;
    if let Some(previous) = previous.filter(|p| p.has_value) {
        if !line.dash && line.indent > previous.key_column {
            let key = previous.key.unwrap_or_default().to_owned();
            return slip(previous.key_column, Kind::Deeper { key });
        }
    }
    if let Some(item) = item.filter(|_| !line.dash) {
        let between = line.indent > item.dash && line.indent < item.key_column;
        let at_dash = line.indent == item.dash && item.dash > item.parent;
        if between || at_dash {
            let key = item.key.to_owned();
            return slip(item.key_column, Kind::Shallower { key });
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn slip(yaml: &str) -> Option<(usize, usize, usize)> {
        first_slip(yaml.lines()).map(|s| (s.index + 1, s.found, s.wanted))
    }

    const TIMELINE: &str = "title: A\ntimeline:\n  - date: 2018\n    text: Börjar.\n  - date: 2019\n    text: Antagen.\ncontacts:\n- name: B\n  role: C\n";

    #[test]
    fn lines_that_line_up_are_no_slip() {
        assert_eq!(slip(TIMELINE), None);
        assert_eq!(
            slip("summary: |\n  text: with a colon\n   deeper\ntitle: A\n"),
            None
        );
        assert_eq!(
            slip("title: A\nsummary: a long\n  text that goes on\n"),
            None
        );
        assert_eq!(
            slip("a:\n  b:\n    - c: 1\n      d: 2\n  e: 3\nf: 4\n"),
            None
        );
    }

    #[test]
    fn a_line_too_deep_is_found() {
        let yaml = TIMELINE.replace("    text: Börjar.", "      text: Börjar.");
        assert_eq!(slip(&yaml), Some((4, 6, 4)));
        assert_eq!(slip("title: A\n  decided_by: B\n"), Some((2, 2, 0)));
    }

    #[test]
    fn a_line_too_shallow_is_found() {
        let yaml = TIMELINE.replace("    text: Börjar.", "  text: Börjar.");
        assert_eq!(slip(&yaml), Some((4, 2, 4)));
        let yaml = TIMELINE.replace("    text: Börjar.", "   text: Börjar.");
        assert_eq!(slip(&yaml), Some((4, 3, 4)));
    }

    #[test]
    fn items_out_of_line_are_found() {
        let yaml = TIMELINE.replace("  - date: 2019", "- date: 2019");
        assert_eq!(slip(&yaml), Some((5, 0, 2)));
        let yaml = TIMELINE.replace("  - date: 2019", "    - date: 2019");
        assert_eq!(slip(&yaml), Some((5, 4, 2)));
    }
}
