//! The shape of the code, checked: the stages of `src/` import one way, the preview server
//! knows nothing of building, and no file grows past a readable length.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};

/// The longest a source file may be, its tests aside.
const LONGEST_FILE: usize = 400;

fn sources() -> Vec<(PathBuf, String)> {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    walkdir::WalkDir::new(&src)
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.path().extension().is_some_and(|x| x == "rs"))
        .map(|e| {
            let relative = e.path().strip_prefix(&src).expect("inside").to_path_buf();
            let text = fs::read_to_string(e.path()).expect("source");
            (relative, text)
        })
        .collect()
}

/// The code of a file without its unit tests.
fn code(text: &str) -> &str {
    text.split("#[cfg(test)]").next().unwrap_or(text)
}

/// The top-level module a file belongs to: `src/x.rs` and `src/x/…` are module `x`.
fn module_of(path: &Path) -> Option<String> {
    let first = path.components().next()?.as_os_str().to_str()?;
    let name = first.strip_suffix(".rs").unwrap_or(first);
    (name != "lib" && name != "main").then(|| name.to_owned())
}

/// The top-level modules a file's code names through `crate::`.
fn imports(code: &str) -> BTreeSet<String> {
    let mut found = BTreeSet::new();
    let mut rest = code;
    while let Some(at) = rest.find("crate::") {
        rest = &rest[at + "crate::".len()..];
        if let Some(group) = rest.strip_prefix('{') {
            // The names at the group's first level: `crate::{a::{b, c}, d}` names a and d.
            let mut depth = 0;
            let mut item_start = true;
            for (i, c) in group.char_indices() {
                match c {
                    '{' => depth += 1,
                    '}' if depth == 0 => break,
                    '}' => depth -= 1,
                    ',' if depth == 0 => item_start = true,
                    c if item_start && (c.is_alphanumeric() || c == '_') => {
                        let name: String = group[i..]
                            .chars()
                            .take_while(|c| c.is_alphanumeric() || *c == '_')
                            .collect();
                        found.insert(name);
                        item_start = false;
                    }
                    _ => {}
                }
            }
        } else {
            let name: String = rest
                .chars()
                .take_while(|c| c.is_alphanumeric() || *c == '_')
                .collect();
            found.insert(name);
        }
    }
    found.retain(|name| !name.is_empty());
    found
}

fn graph() -> BTreeMap<String, BTreeSet<String>> {
    let files = sources();
    let modules: BTreeSet<String> = files.iter().filter_map(|(p, _)| module_of(p)).collect();
    let mut graph: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for (path, text) in &files {
        let Some(module) = module_of(path) else {
            continue;
        };
        let edges = graph.entry(module.clone()).or_default();
        for import in imports(code(text)) {
            if import != module && modules.contains(&import) {
                edges.insert(import);
            }
        }
    }
    graph
}

/// A path of imports that comes back to where it started, if there is one.
fn cycle(graph: &BTreeMap<String, BTreeSet<String>>) -> Option<Vec<String>> {
    fn visit(
        node: &str,
        graph: &BTreeMap<String, BTreeSet<String>>,
        path: &mut Vec<String>,
        done: &mut BTreeSet<String>,
    ) -> Option<Vec<String>> {
        if let Some(at) = path.iter().position(|n| n == node) {
            let mut circle = path[at..].to_vec();
            circle.push(node.to_owned());
            return Some(circle);
        }
        if done.contains(node) {
            return None;
        }
        path.push(node.to_owned());
        for next in graph.get(node).into_iter().flatten() {
            if let Some(circle) = visit(next, graph, path, done) {
                return Some(circle);
            }
        }
        path.pop();
        done.insert(node.to_owned());
        None
    }
    let mut done = BTreeSet::new();
    graph
        .keys()
        .find_map(|node| visit(node, graph, &mut Vec::new(), &mut done))
}

#[test]
fn no_module_imports_one_that_imports_it_back() {
    let graph = graph();
    assert!(graph.len() > 10, "the modules were found: {graph:?}");
    assert!(
        graph["pages"].contains("views") && graph["views"].contains("reads"),
        "imports are read: {graph:?}"
    );
    if let Some(circle) = cycle(&graph) {
        panic!(
            "the modules import each other in a circle: {}",
            circle.join(" → ")
        );
    }
}

#[test]
fn imports_are_read_from_groups_too() {
    let found = imports("use crate::{a::{b, c}, d};\nlet x = crate::e::f();");
    assert_eq!(found.into_iter().collect::<Vec<_>>(), ["a", "d", "e"]);
}

#[test]
fn the_cycle_check_finds_a_circle() {
    let mut graph = graph();
    graph
        .entry("messages".to_owned())
        .or_default()
        .insert("pages".to_owned());
    assert!(cycle(&graph).is_some());
}

#[test]
fn the_preview_server_knows_nothing_of_building() {
    let graph = graph();
    let allowed: BTreeSet<String> = ["html", "urls", "messages"]
        .into_iter()
        .map(str::to_owned)
        .collect();
    let serve = &graph["serve"];
    assert!(
        serve.is_subset(&allowed),
        "serve imports {:?}",
        serve.difference(&allowed).collect::<Vec<_>>()
    );
}

#[test]
fn no_source_file_is_longer_than_can_be_read_through() {
    let long: Vec<String> = sources()
        .iter()
        .filter(|(_, text)| code(text).lines().count() > LONGEST_FILE)
        .map(|(path, text)| format!("{} ({} lines)", path.display(), code(text).lines().count()))
        .collect();
    assert!(long.is_empty(), "split these files: {long:?}");
}
