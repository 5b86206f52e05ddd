//! `site.yaml`: the few settings a site has, read once at the start of a build.

use std::path::Path;

use serde::Deserialize;

use serde_saphyr::Spanned;

use crate::brand::Colors;
use crate::diagnostics::{Problem, Problems};
use crate::files::read_text;
use crate::messages as m;
pub(crate) use crate::messages::Lang;
use crate::yaml::{parse_yaml, position, yaml_problem};

/// The settings in `site.yaml`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct Config {
    /// The site's name, shown in every page title.
    pub title: String,
    /// Where the site will be published, e.g. `https://www.eslov.se/overenskommelsen/`.
    pub base_url: String,
    /// The language of the theme's strings and URL words.
    #[serde(default)]
    pub language: Lang,
    /// The theme's name: `default`, or a folder in the site's `themes/`.
    #[serde(default = "default_theme")]
    pub theme: String,
    /// One sentence for the front page's meta description.
    #[serde(default)]
    pub description: Option<String>,
    /// The organisation that publishes the site, e.g. `Eslövs kommun`.
    #[serde(default)]
    pub organisation: Option<String>,
    /// The organisation's logo: a file in the site's `static/` folder, e.g. `logo.svg`.
    #[serde(default)]
    pub logo: Option<Spanned<String>>,
    /// The organisation's colours; the theme derives the rest from them.
    #[serde(default)]
    pub colors: Colors,
    /// The facts of the accessibility statement (tillgänglighetsredogörelse).
    #[serde(default)]
    pub accessibility: Accessibility,
    /// What is allowed but probably not meant (colours adjusted for contrast), at its line.
    #[serde(skip)]
    pub warnings: Problems,
}

/// How far the site meets the accessibility requirements (DIGG's three levels).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub(crate) enum Compliance {
    /// Helt förenlig: fully compliant.
    Helt,
    /// Delvis förenlig: partially compliant.
    Delvis,
    /// Inte förenlig: not compliant.
    Inte,
}

/// What DIGG requires an accessibility statement to say.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct Accessibility {
    /// How far the site complies.
    pub compliance: Option<Compliance>,
    /// What is not accessible and why (Markdown).
    pub not_accessible: Option<String>,
    /// How the site was evaluated, e.g. a self-assessment with automated tests.
    pub method: Option<String>,
    /// When it was assessed (`YYYY-MM-DD`).
    pub assessed: Option<String>,
    /// When the statement was last updated (`YYYY-MM-DD`).
    pub updated: Option<String>,
    /// How to report a problem: an e-mail address or a web address.
    pub contact: Option<String>,
    /// How long a reply takes, in words, e.g. `två arbetsdagar`.
    pub response_time: Option<String>,
}

fn default_theme() -> String {
    "default".to_owned()
}

impl Config {
    /// Reads `site.yaml` in `root`, checking the colours and the logo. Messages are in
    /// `lang` until the file says which language the site speaks.
    pub(crate) fn load(root: &Path, lang: Lang) -> Result<Config, Problems> {
        let path = root.join("site.yaml");
        let shown = Path::new("site.yaml");
        if !path.is_file() {
            return Err(
                Problem::in_file(shown, m::SITE_YAML_MISSING_NOT_OVERENS.text(lang))
                    .with_hint(m::START_NEW_SITE_OVERENS_INIT.text(lang))
                    .into(),
            );
        }
        let text = read_text(root, &path, lang)?;
        let mut config: Config =
            parse_yaml(&text).map_err(|e| yaml_problem(shown, &text, 0, &e, lang))?;
        config.base_url = normalize_base_url(&config.base_url);
        let lang = config.language;
        let mut problems = Problems::default();
        let at = |value: &Spanned<String>, message: String, hint: String, warning: bool| {
            let (line, column) = position(value, 0);
            let problem = if warning {
                Problem::warning(shown, line, column, message)
            } else {
                Problem::error(shown, line, column, message)
            };
            problem.with_hint(hint).with_source(&text)
        };
        for colour in crate::brand::css(&config.colors).1 {
            let Some(value) = config.colors.get(colour.key) else {
                continue;
            };
            let hint = if colour.readable {
                m::SITE_READABLE_HAVE_COLOUR_ITSELF.text(lang)
            } else {
                m::WRITE_COLOUR_RRGGBB_ORGANISATION_S.text(lang)
            };
            problems.push(at(
                value,
                format!(
                    "colors.{}: {}",
                    colour.key,
                    colour.why.with(
                        lang,
                        &colour
                            .details
                            .iter()
                            .map(|d| d as &dyn std::fmt::Display)
                            .collect::<Vec<_>>()
                    )
                ),
                hint,
                colour.readable,
            ));
        }
        if let Some(logo) = &config.logo {
            if !logo_exists(root, &config.theme, &logo.value) {
                problems.push(at(
                    logo,
                    format!("{} \"{}\"", m::LOGO_NOT_STATIC.text(lang), logo.value),
                    m::PUT_IMAGE_FILE_STATIC_FOLDER.text(lang),
                    false,
                ));
            }
        }
        if problems.has_errors() {
            return Err(problems);
        }
        config.warnings = problems;
        Ok(config)
    }

    /// The logo's path in the output, when there is one.
    pub(crate) fn logo(&self) -> Option<&str> {
        self.logo.as_ref().map(|l| l.value.as_str())
    }
}

/// True when `logo` names a file in the site's `static/` (or its theme's), without leaving
/// that folder.
fn logo_exists(root: &Path, theme: &str, logo: &str) -> bool {
    let path = Path::new(logo);
    let inside = !logo.is_empty()
        && path
            .components()
            .all(|c| matches!(c, std::path::Component::Normal(_)));
    inside
        && (root.join("static").join(path).is_file()
            || root
                .join("themes")
                .join(theme)
                .join("static")
                .join(path)
                .is_file())
}

/// Makes sure the base URL ends in exactly one `/`, so paths can be appended.
pub(crate) fn normalize_base_url(url: &str) -> String {
    format!("{}/", url.trim().trim_end_matches('/'))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base_url_gets_one_trailing_slash() {
        assert_eq!(normalize_base_url("https://a.se/x"), "https://a.se/x/");
        assert_eq!(normalize_base_url("https://a.se/x//"), "https://a.se/x/");
    }
}
