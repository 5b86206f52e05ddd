//! The shape of the code, checked: no file of `src/` uses one that uses it back (nor do the
//! top-level modules), the preview server knows nothing of building, and no file grows past
//! a readable length.
//!
//! A file uses another when a path in its code (`use` declarations and `a::b` in code) leads
//! to an item defined there: a name a module re-exports is followed to the file that defines
//! it, so a module's `mod.rs` that only gathers its children's items is no stop on the way.
//! What a file's enclosing modules define is its own to use (a child sees its parent's
//! items, as Rust's privacy intends), so only a file's uses of files outside its ancestors
//! count: siblings, and other stages.

mod source;

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};

use source::Source;

/// The longest a source file may be, its tests aside.
const LONGEST_FILE: usize = 400;

/// A module's path from the crate's root: `["pages", "living"]`.
type Module = Vec<String>;

fn sources() -> Vec<(PathBuf, String)> {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    walkdir::WalkDir::new(&src)
        .sort_by_file_name()
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

/// The module a file holds: `x.rs` and `x/mod.rs` hold `x`; none for the binary's `main.rs`
/// and for files of unit tests.
fn module_of(path: &Path) -> Option<Module> {
    let mut parts: Module = path
        .components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect();
    let last = parts.pop()?;
    let stem = last.strip_suffix(".rs")?;
    match stem {
        "main" | "tests" if parts.is_empty() || stem == "tests" => None,
        "lib" if parts.is_empty() => Some(parts),
        "mod" => Some(parts),
        stem => {
            parts.push(stem.to_owned());
            Some(parts)
        }
    }
}

/// Every file of the crate, by the module it holds.
struct Crate {
    files: BTreeMap<Module, (PathBuf, Source)>,
}

impl Crate {
    fn read() -> Crate {
        let files = sources()
            .into_iter()
            .filter_map(|(path, text)| {
                let module = module_of(&path)?;
                let code = source::code_only(source::without_tests(&text));
                Some((module, (path, source::parse(&code))))
            })
            .collect();
        Crate { files }
    }

    fn source(&self, module: &[String]) -> Option<&Source> {
        self.files.get(module).map(|(_, s)| s)
    }

    /// The module whose file defines what `path`, named in `from`, leads to; none for what
    /// is not of this crate.
    fn resolve(&self, from: &[String], path: &[String], depth: usize) -> Option<Module> {
        if depth > 16 || path.is_empty() {
            return None;
        }
        let (at, rest): (Module, &[String]) = match path[0].as_str() {
            "crate" => (Vec::new(), &path[1..]),
            "self" => (from.to_vec(), &path[1..]),
            "super" => {
                let ups = path.iter().take_while(|s| *s == "super").count();
                let at = from[..from.len().checked_sub(ups)?].to_vec();
                (at, &path[ups..])
            }
            first => {
                let source = self.source(from)?;
                if source.children.contains(first) {
                    let mut at = from.to_vec();
                    at.push(first.to_owned());
                    (at, &path[1..])
                } else if let Some(bound) = source.uses.get(first) {
                    let whole: Vec<String> = bound.iter().chain(&path[1..]).cloned().collect();
                    return self.resolve(from, &whole, depth + 1);
                } else {
                    return None;
                }
            }
        };
        self.walk(at, rest, depth)
    }

    /// From module `at`, follows `rest` to the module whose file defines it.
    fn walk(&self, mut at: Module, rest: &[String], depth: usize) -> Option<Module> {
        for (i, segment) in rest.iter().enumerate() {
            let source = self.source(&at)?;
            let mut child = at.clone();
            child.push(segment.clone());
            if source.children.contains(segment) && self.files.contains_key(&child) {
                at = child;
                continue;
            }
            if source.items.contains(segment) {
                return Some(at);
            }
            let after = &rest[i + 1..];
            if let Some(bound) = source.uses.get(segment) {
                let whole: Vec<String> = bound.iter().chain(after).cloned().collect();
                return self.resolve(&at, &whole, depth + 1).or(Some(at));
            }
            for glob in &source.globs {
                let whole: Vec<String> = glob.iter().chain(&rest[i..]).cloned().collect();
                if let Some(found) = self.resolve(&at, &whole, depth + 1) {
                    if self.defines(&found, segment) || found.len() > at.len() {
                        return Some(found);
                    }
                }
            }
            return Some(at);
        }
        Some(at)
    }

    fn defines(&self, module: &[String], name: &str) -> bool {
        self.source(module).is_some_and(|s| s.items.contains(name))
    }

    /// Which files each file uses, its ancestors aside.
    fn graph(&self) -> BTreeMap<String, BTreeSet<String>> {
        let name = |module: &Module| self.files[module].0.display().to_string();
        let mut graph = BTreeMap::new();
        for (module, (_, source)) in &self.files {
            let edges: BTreeSet<String> = source
                .paths
                .iter()
                .filter_map(|path| self.resolve(module, path, 0))
                .filter(|target| !module.starts_with(target) && self.files.contains_key(target))
                .map(|target| name(&target))
                .collect();
            graph.insert(name(module), edges);
        }
        graph
    }
}

/// The graph of top-level modules: a file of `x/…` using a file of `y/…` is `x` using `y`.
fn modules(files: &BTreeMap<String, BTreeSet<String>>) -> BTreeMap<String, BTreeSet<String>> {
    let top = |file: &str| {
        let first = file.split('/').next().unwrap_or(file);
        first.strip_suffix(".rs").unwrap_or(first).to_owned()
    };
    let mut graph: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for (file, uses) in files {
        if file == "lib.rs" {
            continue;
        }
        let edges = graph.entry(top(file)).or_default();
        for used in uses.iter().map(|u| top(u)) {
            if used != top(file) && used != "lib" {
                edges.insert(used);
            }
        }
    }
    graph
}

/// Every group of nodes that reach each other (Tarjan's strongly connected components),
/// each as a circle through it.
fn circles(graph: &BTreeMap<String, BTreeSet<String>>) -> Vec<Vec<String>> {
    fn path_back(
        graph: &BTreeMap<String, BTreeSet<String>>,
        from: &str,
        group: &BTreeSet<String>,
    ) -> Vec<String> {
        // Breadth first from `from` back to it, inside the group.
        let mut previous: BTreeMap<String, String> = BTreeMap::new();
        let mut queue = std::collections::VecDeque::from([from.to_owned()]);
        while let Some(node) = queue.pop_front() {
            for next in graph.get(&node).into_iter().flatten() {
                if !group.contains(next) || previous.contains_key(next) {
                    continue;
                }
                previous.insert(next.clone(), node.clone());
                if next == from {
                    let mut circle = vec![from.to_owned()];
                    let mut at = previous[from].clone();
                    while at != from {
                        circle.push(at.clone());
                        at = previous[&at].clone();
                    }
                    circle.push(from.to_owned());
                    circle.reverse();
                    return circle;
                }
                queue.push_back(next.clone());
            }
        }
        vec![from.to_owned()]
    }
    let mut index = BTreeMap::new();
    let mut low: BTreeMap<String, usize> = BTreeMap::new();
    let mut stack: Vec<String> = Vec::new();
    let mut groups = Vec::new();
    fn connect(
        node: &str,
        graph: &BTreeMap<String, BTreeSet<String>>,
        index: &mut BTreeMap<String, usize>,
        low: &mut BTreeMap<String, usize>,
        stack: &mut Vec<String>,
        groups: &mut Vec<BTreeSet<String>>,
    ) {
        let at = index.len();
        index.insert(node.to_owned(), at);
        low.insert(node.to_owned(), at);
        stack.push(node.to_owned());
        for next in graph.get(node).into_iter().flatten() {
            if !index.contains_key(next) {
                connect(next, graph, index, low, stack, groups);
                let l = low[next].min(low[node]);
                low.insert(node.to_owned(), l);
            } else if stack.contains(next) {
                let l = index[next].min(low[node]);
                low.insert(node.to_owned(), l);
            }
        }
        if low[node] == index[node] {
            let mut group = BTreeSet::new();
            while let Some(top) = stack.pop() {
                let done = top == node;
                group.insert(top);
                if done {
                    break;
                }
            }
            if group.len() > 1 {
                groups.push(group);
            }
        }
    }
    for node in graph.keys() {
        if !index.contains_key(node) {
            connect(node, graph, &mut index, &mut low, &mut stack, &mut groups);
        }
    }
    groups
        .iter()
        .map(|group| path_back(graph, group.iter().next().expect("a node"), group))
        .collect()
}

#[test]
fn no_file_uses_one_that_uses_it_back() {
    let files = Crate::read().graph();
    assert!(files.len() > 50, "the files were found: {}", files.len());
    assert!(
        files["pages/compacts.rs"].contains("views/mod.rs")
            && files["rebuild.rs"].contains("site.rs"),
        "uses are read: {files:#?}"
    );
    let found = circles(&files);
    assert!(
        found.is_empty(),
        "files use each other in a circle:\n{}",
        found
            .iter()
            .map(|c| c.join(" → "))
            .collect::<Vec<_>>()
            .join("\n")
    );
}

#[test]
fn no_module_uses_one_that_uses_it_back() {
    let graph = modules(&Crate::read().graph());
    assert!(graph.len() > 10, "the modules were found: {graph:?}");
    assert!(
        graph["pages"].contains("views") && graph["views"].contains("reads"),
        "uses are read: {graph:?}"
    );
    let found = circles(&graph);
    assert!(
        found.is_empty(),
        "the modules use each other in a circle: {found:?}"
    );
}

#[test]
fn paths_are_read_from_use_declarations_and_code() {
    let code = source::code_only(
        "use crate::{a::{b, c as d}, e};\nuse super::f::*;\n// crate::comment::x\nfn g() { let x = \"crate::text::y\"; crate::h::i(); m::n(); }\n",
    );
    let found = source::parse(&code);
    assert_eq!(found.uses["b"], ["crate", "a", "b"]);
    assert_eq!(found.uses["d"], ["crate", "a", "c"]);
    assert_eq!(found.uses["e"], ["crate", "e"]);
    assert_eq!(found.globs, [["super", "f"]]);
    assert!(found.items.contains("g"));
    let paths: Vec<String> = found.paths.iter().map(|p| p.join("::")).collect();
    assert!(paths.contains(&"crate::h::i".to_owned()), "{paths:?}");
    assert!(paths.contains(&"m::n".to_owned()), "{paths:?}");
    assert!(
        !paths
            .iter()
            .any(|p| p.contains("comment") || p.contains("text")),
        "{paths:?}"
    );
}

#[test]
fn the_circle_check_finds_a_circle() {
    let mut graph = Crate::read().graph();
    assert!(circles(&graph).is_empty());
    graph
        .entry("messages/mod.rs".to_owned())
        .or_default()
        .insert("pages/mod.rs".to_owned());
    graph
        .entry("pages/mod.rs".to_owned())
        .or_default()
        .insert("pages/frame.rs".to_owned());
    graph
        .entry("pages/frame.rs".to_owned())
        .or_default()
        .insert("messages/mod.rs".to_owned());
    let found = circles(&graph);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].first(), found[0].last());
    assert!(
        found[0].contains(&"messages/mod.rs".to_owned()),
        "{found:?}"
    );
}

#[test]
fn the_preview_server_knows_nothing_of_building() {
    let graph = modules(&Crate::read().graph());
    let allowed: BTreeSet<String> = ["html", "urls", "messages"]
        .into_iter()
        .map(str::to_owned)
        .collect();
    let serve = &graph["serve"];
    assert!(
        serve.is_subset(&allowed),
        "serve uses {:?}",
        serve.difference(&allowed).collect::<Vec<_>>()
    );
}

#[test]
fn no_source_file_is_longer_than_can_be_read_through() {
    let long: Vec<String> = sources()
        .iter()
        .map(|(path, text)| (path, source::without_tests(text).lines().count()))
        .filter(|(_, lines)| *lines > LONGEST_FILE)
        .map(|(path, lines)| format!("{} ({lines} lines)", path.display()))
        .collect();
    assert!(long.is_empty(), "split these files: {long:?}");
}
