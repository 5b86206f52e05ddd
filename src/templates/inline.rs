//! The theme's strings written into the templates once, when the theme is loaded:
//! `{{ t.key }}` becomes the string's (escaped) text and `{% if t.key %}` its truth, so no
//! page has to carry the whole table of strings in its context. A template that reads `t`
//! in any other way (through a filter, in a loop, a key the theme lacks) still finds `t`
//! in the context: [`strings`] says when it must be there.

use tera::ast::{Expr, ExprVal, Node};

use super::Strings;
use crate::html::escape as escape_html;

/// Writes the strings into every template of `tera`. Returns true when some template still
/// reads `t`, so the pages' context must hold it.
pub(super) fn strings(tera: &mut tera::Tera, strings: &Strings) -> bool {
    let mut still_read = false;
    for template in tera.templates.values_mut() {
        if !assigns_t(&template.ast) {
            nodes(&mut template.ast, strings);
            for definitions in template.blocks_definitions.values_mut() {
                for (_, block) in definitions.iter_mut() {
                    nodes(&mut block.body, strings);
                }
            }
        }
        // Every way of reading `t` ends in an identifier `t`, `t.…` or `t[…]` somewhere in the
        // tree; its debug form names each identifier as `Ident("…")`.
        let tree = format!(
            "{:?}{:?}{:?}",
            template.ast, template.blocks_definitions, template.macros
        );
        still_read |= ["Ident(\"t\")", "Ident(\"t.", "Ident(\"t["]
            .iter()
            .any(|read| tree.contains(read));
    }
    still_read
}

/// The string a plain `t.key` expression (no filter, no `not`) stands for.
fn plain<'a>(expr: &Expr, strings: &'a Strings) -> Option<&'a String> {
    match &expr.val {
        ExprVal::Ident(name) if expr.filters.is_empty() => strings.get(name.strip_prefix("t.")?),
        _ => None,
    }
}

fn nodes(list: &mut [Node], strings: &Strings) {
    for node in list {
        match node {
            Node::VariableBlock(_, expr) if !expr.negated => {
                if let Some(text) = plain(expr, strings) {
                    *node = Node::Text(escape_html(text));
                }
            }
            Node::If(condition, _) => {
                for (_, test, body) in &mut condition.conditions {
                    if let Some(text) = plain(test, strings) {
                        test.val = ExprVal::Bool(!text.is_empty());
                    }
                    nodes(body, strings);
                }
                if let Some((_, body)) = &mut condition.otherwise {
                    nodes(body, strings);
                }
            }
            // A loop variable named `t` hides the strings inside the loop.
            Node::Forloop(_, what, _) if what.value != "t" && what.key.as_deref() != Some("t") => {
                nodes(&mut what.body, strings);
                if let Some(body) = &mut what.empty_body {
                    nodes(body, strings);
                }
            }
            Node::Block(_, block, _) => nodes(&mut block.body, strings),
            Node::FilterSection(_, section, _) => nodes(&mut section.body, strings),
            // Macros do not see the page's context; what they call `t` is their own.
            _ => {}
        }
    }
}

/// True when the template sets a variable `t` of its own somewhere.
fn assigns_t(list: &[Node]) -> bool {
    list.iter().any(|node| match node {
        Node::Set(_, set) => set.key == "t",
        Node::If(condition, _) => {
            condition
                .conditions
                .iter()
                .any(|(_, _, body)| assigns_t(body))
                || condition
                    .otherwise
                    .as_ref()
                    .is_some_and(|(_, body)| assigns_t(body))
        }
        Node::Forloop(_, what, _) => {
            assigns_t(&what.body) || what.empty_body.as_deref().is_some_and(assigns_t)
        }
        Node::Block(_, block, _) => assigns_t(&block.body),
        Node::FilterSection(_, section, _) => assigns_t(&section.body),
        _ => false,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Renders `template` twice, once as written with `t` in the context and once with the
    /// strings written in and `t` only when still read: the output must not change.
    fn both_ways(template: &str) -> (String, String, bool) {
        let strings: Strings = [
            ("hello", "Hej & välkommen"),
            ("empty", ""),
            ("name", "Namn"),
        ]
        .into_iter()
        .map(|(k, v)| (k.to_owned(), v.to_owned()))
        .collect();
        let mut tera = tera::Tera::default();
        tera.autoescape_on(vec![".html"]);
        tera.set_escape_fn(escape_html);
        tera.add_raw_template("page.html", template)
            .expect("template");
        let mut context = tera::Context::new();
        context.insert("t", &strings);
        context.insert("items", &[serde_json::json!({ "name": "ett" })]);
        let as_written = tera.render("page.html", &context).expect("render");
        let reads_t = self::strings(&mut tera, &strings);
        if !reads_t {
            context.remove("t");
        }
        let inlined = tera.render("page.html", &context).expect("render");
        (as_written, inlined, reads_t)
    }

    #[test]
    fn plain_strings_and_their_truth_are_written_in() {
        let (written, inlined, reads_t) = both_ways(
            "<p>{{ t.hello }}</p>{% if t.empty %}no{% else %}{{ t.name }}{% endif %}{% if not t.hello %}no{% endif %}",
        );
        assert_eq!(written, "<p>Hej &amp; välkommen</p>Namn");
        assert_eq!(inlined, written);
        assert!(!reads_t, "no template reads t any more");
    }

    #[test]
    fn other_reads_keep_t_in_the_context() {
        for template in [
            "{{ t.hello | upper }}",
            "{% for key, value in t %}{{ key }}{% endfor %}",
            "{% if t.hello and t.name %}{{ t.name }}{% endif %}",
        ] {
            let (written, inlined, reads_t) = both_ways(template);
            assert_eq!(inlined, written, "{template}");
            assert!(reads_t, "{template}");
        }
    }

    #[test]
    fn a_loop_variable_named_t_is_left_alone() {
        let (written, inlined, reads_t) =
            both_ways("{% for t in items %}{{ t.name }}{% endfor %} {{ t.name }}");
        assert_eq!(written, "ett Namn");
        assert_eq!(inlined, written);
        assert!(reads_t);
    }
}
