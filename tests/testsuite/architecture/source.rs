//! Just enough of Rust's syntax to say which file of `src/` a file uses: its code without
//! comments and string literals, the modules it declares, the items it defines at its top
//! level, the names its `use` declarations bind, and the paths its code names.

use std::collections::{BTreeMap, BTreeSet};

/// What one source file says about its neighbours.
#[derive(Debug, Default)]
pub(super) struct Source {
    /// The child modules it declares (`mod x;`).
    pub(super) children: BTreeSet<String>,
    /// The items it defines at its top level, by name.
    pub(super) items: BTreeSet<String>,
    /// The names its `use` declarations bind, each with the path it binds.
    pub(super) uses: BTreeMap<String, Vec<String>>,
    /// The modules whose every item its `use …::*` declarations bind.
    pub(super) globs: Vec<Vec<String>>,
    /// Every path its code names (`use` declarations expanded, and `a::b` in code).
    pub(super) paths: Vec<Vec<String>>,
}

/// The code of a file without its unit tests: `#[cfg(test)] mod …` and what follows.
pub(super) fn without_tests(text: &str) -> &str {
    let mut from = 0;
    while let Some(at) = text[from..].find("#[cfg(test)]") {
        let start = from + at;
        let after = text[start + "#[cfg(test)]".len()..].trim_start();
        if after.starts_with("mod ") {
            return &text[..start];
        }
        from = start + 1;
    }
    text
}

/// `text` with comments and the contents of string and character literals blanked out, so
/// that only code is left (line breaks are kept).
pub(super) fn code_only(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let next = chars.get(i + 1).copied();
        if c == '/' && next == Some('/') {
            while i < chars.len() && chars[i] != '\n' {
                i += 1;
            }
        } else if c == '/' && next == Some('*') {
            let mut depth = 0;
            while i < chars.len() {
                if chars[i] == '/' && chars.get(i + 1) == Some(&'*') {
                    depth += 1;
                    i += 2;
                } else if chars[i] == '*' && chars.get(i + 1) == Some(&'/') {
                    depth -= 1;
                    i += 2;
                    if depth == 0 {
                        break;
                    }
                } else {
                    if chars[i] == '\n' {
                        out.push('\n');
                    }
                    i += 1;
                }
            }
        } else if c == 'r' && (next == Some('"') || next == Some('#')) && !ident_before(&chars, i) {
            // A raw string: r"…", r#"…"#.
            let mut j = i + 1;
            let mut hashes = 0;
            while chars.get(j) == Some(&'#') {
                hashes += 1;
                j += 1;
            }
            if chars.get(j) != Some(&'"') {
                out.push(c);
                i += 1;
                continue;
            }
            j += 1;
            let closing: String = std::iter::once('"')
                .chain(std::iter::repeat_n('#', hashes))
                .collect();
            let rest: String = chars[j..].iter().collect();
            let end = rest
                .find(&closing)
                .map_or(rest.len(), |e| e + closing.len());
            out.push_str("\"\"");
            out.extend(rest[..end].chars().filter(|&c| c == '\n'));
            i = j + rest[..end].chars().count();
        } else if c == '"' {
            i += 1;
            while i < chars.len() && chars[i] != '"' {
                if chars[i] == '\\' {
                    i += 1;
                }
                if chars.get(i) == Some(&'\n') {
                    out.push('\n');
                }
                i += 1;
            }
            i += 1;
            out.push_str("\"\"");
        } else if c == '\'' {
            // A character literal ('x', '\n', '\u{..}'), or else a lifetime.
            let close = if next == Some('\\') {
                chars[i + 2..]
                    .iter()
                    .position(|&c| c == '\'')
                    .map(|p| i + 2 + p)
            } else if chars.get(i + 2) == Some(&'\'') {
                Some(i + 2)
            } else {
                None
            };
            match close {
                Some(end) => {
                    out.push_str("' '");
                    i = end + 1;
                }
                None => {
                    out.push(c);
                    i += 1;
                }
            }
        } else {
            out.push(c);
            i += 1;
        }
    }
    out
}

fn ident_before(chars: &[char], i: usize) -> bool {
    i > 0 && (chars[i - 1].is_alphanumeric() || chars[i - 1] == '_')
}

fn is_ident(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

/// Reads a file's code (see [`code_only`]).
pub(super) fn parse(code: &str) -> Source {
    let mut source = Source::default();
    for line in code.lines() {
        // Top-level items start at the first column (the code is formatted).
        if line.starts_with(char::is_whitespace) {
            continue;
        }
        let words: Vec<&str> = line
            .split(|c: char| !is_ident(c) && c != '!')
            .filter(|w| !w.is_empty())
            .collect();
        let mut rest = words.as_slice();
        while let [first, tail @ ..] = rest {
            if matches!(
                *first,
                "pub" | "crate" | "super" | "unsafe" | "async" | "extern"
            ) {
                rest = tail;
            } else {
                break;
            }
        }
        match rest {
            ["mod", name, ..] => {
                if line.trim_end().ends_with(';') {
                    source.children.insert((*name).to_owned());
                } else {
                    source.items.insert((*name).to_owned());
                }
            }
            [kind, name, ..]
                if matches!(
                    *kind,
                    "struct" | "enum" | "fn" | "type" | "const" | "static" | "trait" | "union"
                ) =>
            {
                source.items.insert((*name).to_owned());
            }
            ["macro_rules!", name, ..] => {
                source.items.insert((*name).to_owned());
            }
            _ => {}
        }
    }
    let (trees, rest) = use_trees(code);
    for tree in trees {
        for (path, bound) in expand(&tree, &[]) {
            match bound {
                Some(name) => {
                    source.uses.insert(name, path.clone());
                }
                None => source.globs.push(path.clone()),
            }
            source.paths.push(path);
        }
    }
    source.paths.extend(code_paths(&rest));
    source
}

/// The text of every `use …;` declaration, after `use`, and the code without them.
fn use_trees(code: &str) -> (Vec<String>, String) {
    let mut trees = Vec::new();
    let text = code;
    let mut rest = String::with_capacity(code.len());
    let mut kept = 0;
    let mut from = 0;
    while let Some(at) = text[from..].find("use ") {
        let start = from + at;
        from = start + 4;
        let before = text[..start].chars().next_back();
        if before.is_some_and(is_ident) {
            continue;
        }
        let Some(end) = text[from..].find(';') else {
            break;
        };
        let tree = text[from..from + end]
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ");
        let tree = ["::", "{", "}", ","].iter().fold(tree, |t, p| {
            t.replace(&format!(" {p}"), p).replace(&format!("{p} "), p)
        });
        trees.push(tree);
        rest.push_str(&text[kept..start]);
        from += end;
        kept = from;
    }
    rest.push_str(&text[kept..]);
    (trees, rest)
}

/// The paths a use tree names, each with the name it binds (none for `*`).
fn expand(tree: &str, prefix: &[String]) -> Vec<(Vec<String>, Option<String>)> {
    let tree = tree.trim();
    let tree = tree.strip_prefix("::").unwrap_or(tree);
    if let Some(open) = tree.find('{') {
        let head: Vec<String> = tree[..open]
            .split("::")
            .filter(|s| !s.is_empty())
            .map(str::to_owned)
            .collect();
        let inner = &tree[open + 1..tree.rfind('}').unwrap_or(tree.len())];
        let base: Vec<String> = prefix.iter().cloned().chain(head).collect();
        return split_top(inner)
            .into_iter()
            .flat_map(|part| expand(part, &base))
            .collect();
    }
    let (path, alias) = match tree.split_once(" as ") {
        Some((p, a)) => (p, Some(a.trim().to_owned())),
        None => (tree, None),
    };
    let mut full: Vec<String> = prefix.to_vec();
    for segment in path.split("::").filter(|s| !s.is_empty()) {
        if segment != "self" {
            full.push(segment.to_owned());
        }
    }
    let bound = match (alias, full.last()) {
        (_, Some(last)) if last == "*" => None,
        (Some(alias), _) if alias != "_" => Some(alias),
        (Some(_), _) => None,
        (None, last) => last.cloned(),
    };
    if full.last().is_some_and(|l| l == "*") {
        full.pop();
    }
    vec![(full, bound)]
}

fn split_top(inner: &str) -> Vec<&str> {
    let mut parts = Vec::new();
    let (mut depth, mut start) = (0, 0);
    for (i, c) in inner.char_indices() {
        match c {
            '{' => depth += 1,
            '}' => depth -= 1,
            ',' if depth == 0 => {
                parts.push(&inner[start..i]);
                start = i + 1;
            }
            _ => {}
        }
    }
    parts.push(&inner[start..]);
    parts.into_iter().filter(|p| !p.trim().is_empty()).collect()
}

/// Every `a::b::c` path in code outside `use` declarations.
fn code_paths(code: &str) -> Vec<Vec<String>> {
    let chars: Vec<char> = code.chars().collect();
    let mut paths = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        if !is_ident(chars[i]) || (i > 0 && (is_ident(chars[i - 1]) || chars[i - 1] == ':')) {
            i += 1;
            continue;
        }
        let mut segments = Vec::new();
        let mut j = i;
        loop {
            let start = j;
            while j < chars.len() && is_ident(chars[j]) {
                j += 1;
            }
            segments.push(chars[start..j].iter().collect::<String>());
            if chars.get(j) == Some(&':')
                && chars.get(j + 1) == Some(&':')
                && chars.get(j + 2).is_some_and(|&c| is_ident(c))
            {
                j += 2;
            } else {
                break;
            }
        }
        if segments.len() > 1 {
            paths.push(segments);
        }
        i = j.max(i + 1);
    }
    paths
}
