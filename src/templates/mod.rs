//! The theme: Tera templates, the theme's strings in each language, and its static files.
//! The default theme is compiled into the binary, so a site needs no theme folder; a site's
//! `themes/<name>/` and `templates/` override it file by file.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use serde::Serialize;
use tera::Tera;

use crate::config::Config;
use crate::diagnostics::{Problem, Problems};
use crate::files::{read_text, relative};
use crate::html::escape;
use crate::messages::{self as m, Lang};

mod inline;

/// The theme's strings, by key (`i18n/<lang>.yaml`).
pub(crate) type Strings = HashMap<String, String>;

/// The theme's string for `key`, or the key itself when the theme lacks it, so a missing
/// string shows where it belongs instead of stopping the build.
pub(crate) fn string(strings: &Strings, key: &str) -> String {
    strings.get(key).cloned().unwrap_or_else(|| key.to_owned())
}

macro_rules! embedded {
    ($($name:literal),* $(,)?) => {
        &[$(($name, include_str!(concat!("../../themes/default/templates/", $name)))),*]
    };
}

/// The default theme's templates, compiled in.
const DEFAULT_TEMPLATES: &[(&str, &str)] = embedded![
    "base.html",
    "index.html",
    "compact.html",
    "principle.html",
    "compare.html",
    "topic.html",
    "timeline.html",
    "404.html",
    "accessibility.html",
    "search.html",
    "versions.html",
    "version.html",
    "signatories.html",
    "plan.html",
    "overview.html",
    "easy.html",
    "matrix.html",
    "county.html",
];

/// The default theme's static files, compiled in.
const DEFAULT_STATIC: &[(&str, &[u8])] = &[
    (
        "style.css",
        include_bytes!("../../themes/default/static/style.css"),
    ),
    (
        "search.js",
        include_bytes!("../../themes/default/static/search.js"),
    ),
];

const DEFAULT_SV: &str = include_str!("../../themes/default/i18n/sv.yaml");
const DEFAULT_EN: &str = include_str!("../../themes/default/i18n/en.yaml");

/// A loaded theme, ready to render pages.
pub(crate) struct Theme {
    tera: Tera,
    /// The strings in the site's language.
    pub(crate) strings: Strings,
    /// Whether a template reads the strings as `t` in a way not written in at load (see
    /// `templates/inline.rs`), so the pages' context must hold them.
    pub(crate) reads_strings: bool,
    /// Static files to copy to the output root: (path in output, bytes).
    pub(crate) static_files: Vec<(PathBuf, Vec<u8>)>,
}

impl std::fmt::Debug for Theme {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Theme").finish_non_exhaustive()
    }
}

impl Theme {
    /// Loads the default theme, then the site's chosen theme and its own templates over it.
    pub(crate) fn load(root: &Path, config: &Config) -> Result<Theme, Problems> {
        let lang = config.language;
        let mut problems = Problems::default();
        let mut templates: Vec<(String, String, PathBuf)> = DEFAULT_TEMPLATES
            .iter()
            .map(|(name, text)| {
                (
                    (*name).to_owned(),
                    (*text).to_owned(),
                    Path::new("themes/default/templates").join(name),
                )
            })
            .collect();
        let mut static_files: Vec<(PathBuf, Vec<u8>)> = DEFAULT_STATIC
            .iter()
            .map(|(name, bytes)| (PathBuf::from(name), bytes.to_vec()))
            .collect();
        let default_strings = match lang {
            Lang::Sv => DEFAULT_SV,
            Lang::En => DEFAULT_EN,
        };
        let mut strings: Strings = serde_saphyr::from_str(default_strings).map_err(|e| {
            let mut p = Problems::default();
            p.push(Problem::in_file(
                Path::new("themes/default/i18n"),
                m::TEMPLATE_HAS_ERROR.with(&[&e]),
            ));
            p
        })?;
        if config.theme != "default" {
            let dir = root.join("themes").join(&config.theme);
            if !dir.is_dir() {
                problems.push(
                    Problem::in_file(
                        Path::new("site.yaml"),
                        m::THEME_DOES_NOT_EXIST.with(&[&config.theme]),
                    )
                    .with_hint(m::CREATE_THEME_FOLDER.with(&[&config.theme])),
                );
                return Err(problems);
            }
            read_templates(root, &dir.join("templates"), &mut templates, &mut problems);
            read_static(&dir.join("static"), &mut static_files);
            let i18n = dir.join("i18n").join(format!("{}.yaml", lang.code()));
            if i18n.is_file() {
                match read_text(root, &i18n).and_then(|text| {
                    serde_saphyr::from_str::<Strings>(&text).map_err(|e| {
                        crate::yaml::yaml_problem(&relative(root, &i18n), &text, 0, &e)
                    })
                }) {
                    Ok(more) => strings.extend(more),
                    Err(p) => problems.push(p),
                }
            }
        }
        read_templates(root, &root.join("templates"), &mut templates, &mut problems);
        if !problems.is_empty() {
            return Err(problems);
        }
        let mut tera = compile(&templates)?;
        let reads_strings = inline::strings(&mut tera, &strings);
        Ok(Theme {
            tera,
            strings,
            reads_strings,
            static_files,
        })
    }

    /// Renders template `name` with `context`.
    pub(crate) fn render(&self, name: &str, context: &impl Serialize) -> Result<String, Problem> {
        let context =
            tera::Context::from_serialize(context).map_err(|e| template_problem(name, &e))?;
        self.tera
            .render(name, &context)
            .map_err(|e| template_problem(name, &e))
    }
}

/// Adds (or replaces) the `.html` templates found in `dir`.
fn read_templates(
    root: &Path,
    dir: &Path,
    templates: &mut Vec<(String, String, PathBuf)>,
    problems: &mut Problems,
) {
    if !dir.is_dir() {
        return;
    }
    for entry in walkdir::WalkDir::new(dir)
        .sort_by_file_name()
        .into_iter()
        .filter_map(Result::ok)
    {
        let path = entry.path();
        if !entry.file_type().is_file() || path.extension().is_none_or(|e| e != "html") {
            continue;
        }
        let Ok(name) = path.strip_prefix(dir) else {
            continue;
        };
        let name = name.to_string_lossy().replace('\\', "/");
        match read_text(root, path) {
            Ok(text) => {
                templates.retain(|(n, _, _)| *n != name);
                templates.push((name, text, relative(root, path)));
            }
            Err(p) => problems.push(p),
        }
    }
}

/// Adds (or replaces) the files found in `dir`.
pub(crate) fn read_static(dir: &Path, files: &mut Vec<(PathBuf, Vec<u8>)>) {
    if !dir.is_dir() {
        return;
    }
    for entry in walkdir::WalkDir::new(dir)
        .sort_by_file_name()
        .into_iter()
        .filter_map(Result::ok)
    {
        if !entry.file_type().is_file() {
            continue;
        }
        let (Ok(name), Ok(bytes)) = (entry.path().strip_prefix(dir), std::fs::read(entry.path()))
        else {
            continue;
        };
        files.retain(|(n, _)| n != name);
        files.push((name.to_path_buf(), bytes));
    }
}

/// Parses every template once, in parallel, each alone so a syntax error is pinned to its
/// file; then links them (`extends`, macros) into one Tera.
fn compile(templates: &[(String, String, PathBuf)]) -> Result<Tera, Problems> {
    use rayon::prelude::*;
    let parsed: Vec<Result<tera::Template, Problem>> = templates
        .par_iter()
        .map(|(name, text, path)| {
            tera::Template::new(name, None, text).map_err(|e| {
                Problem::in_file(path, m::TEMPLATE_HAS_ERROR.with(&[&error_chain(&e)]))
                    .with_hint(m::CHECK_EVERY_CLOSED_SPELLED_RIGHT)
            })
        })
        .collect();
    let mut problems = Problems::default();
    let mut tera = Tera::default();
    tera.autoescape_on(vec![".html", ".xml"]);
    tera.set_escape_fn(escape);
    for template in parsed {
        match template {
            Ok(template) => {
                tera.templates.insert(template.name.clone(), template);
            }
            Err(problem) => problems.push(problem),
        }
    }
    if !problems.is_empty() {
        return Err(problems);
    }
    let linked = tera
        .build_inheritance_chains()
        .and_then(|()| tera.check_macro_files());
    if let Err(e) = linked {
        problems.push(Problem::in_file(
            Path::new("templates"),
            m::TEMPLATES_DO_NOT_FIT_TOGETHER.with(&[&error_chain(&e)]),
        ));
        return Err(problems);
    }
    Ok(tera)
}

fn template_problem(name: &str, error: &tera::Error) -> Problem {
    let chain = error_chain(error);
    if let Some(variable) = missing_variable(&chain) {
        return Problem::in_file(
            &Path::new("templates").join(name),
            m::TEMPLATE_ONE_BUILDS_USES_VALUE.with(&[&variable]),
        )
        .with_hint(m::SPELL_DOCS_CONTENT_MD_WHAT);
    }
    Problem::in_file(
        &Path::new("templates").join(name),
        m::PAGE_COULD_NOT_MADE_TEMPLATE.with(&[&chain]),
    )
}

/// The variable of Tera's "Variable `x` not found in context while rendering 't'".
fn missing_variable(chain: &str) -> Option<&str> {
    let (_, rest) = chain.split_once("Variable `")?;
    let (variable, rest) = rest.split_once('`')?;
    rest.starts_with(" not found in context")
        .then_some(variable)
}

/// Tera puts the useful part of a message in its sources.
fn error_chain(error: &dyn std::error::Error) -> String {
    let mut parts = vec![error.to_string()];
    let mut source = error.source();
    while let Some(e) = source {
        parts.push(e.to_string());
        source = e.source();
    }
    parts.join(": ").replace('\n', " ")
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every string of the default theme is written into its templates, in both languages,
    /// so no page carries the table of strings.
    #[test]
    fn the_default_theme_reads_no_strings_at_render() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR"));
        for lang in [Lang::Sv, Lang::En] {
            let mut config = Config::load(root).expect("the shipped site.yaml");
            config.language = lang;
            let theme = Theme::load(root, &config).expect("the default theme");
            assert!(!theme.reads_strings, "{lang:?}");
        }
    }

    #[test]
    fn a_missing_value_is_named_in_words() {
        let mut tera = Tera::default();
        tera.add_raw_templates([
            (
                "base.html",
                "<title>{{ titel }}</title>{% block content %}{% endblock %}",
            ),
            (
                "page.html",
                "{% extends \"base.html\" %}{% block content %}x{% endblock %}",
            ),
        ])
        .expect("templates");
        let error = tera
            .render("page.html", &tera::Context::new())
            .expect_err("titel is missing");
        let problem = template_problem("page.html", &error);
        let shown = problem.render(Lang::Sv, false);
        assert!(shown.contains("templates/page.html"), "{shown}");
        assert!(
            shown.contains("ett värde som sidan inte har: `titel`"),
            "{shown}"
        );
        assert!(shown.contains("is defined"), "{shown}");
        assert!(!shown.contains("not found in context"), "{shown}");
    }
}
