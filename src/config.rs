//! `site.yaml`: the few settings a site has, read once at the start of a build.

use std::path::Path;

use serde::Deserialize;

use crate::content::front_matter::{parse_yaml, yaml_problem};
use crate::diagnostics::{read_text, Problem};

/// The languages the theme speaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    /// Swedish, the default.
    #[default]
    Sv,
    /// English.
    En,
}

impl Lang {
    /// The BCP 47 code used in `lang=""` and to pick the theme's strings.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Sv => "sv",
            Lang::En => "en",
        }
    }
}

/// The settings in `site.yaml`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Config {
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
    pub logo: Option<String>,
    /// The organisation's colours; the theme derives the rest from them.
    #[serde(default)]
    pub colors: Colors,
    /// The facts of the accessibility statement (tillgänglighetsredogörelse).
    #[serde(default)]
    pub accessibility: Accessibility,
}

/// Brand colours, as `#rrggbb`.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Colors {
    /// The header and links.
    pub primary: Option<String>,
    /// Highlights: focus outlines, borders.
    pub accent: Option<String>,
    /// Tinted backgrounds of boxes and the footer.
    pub background: Option<String>,
}

/// How far the site meets the accessibility requirements (DIGG's three levels).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Compliance {
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
pub struct Accessibility {
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
    /// Reads `site.yaml` in `root`.
    pub fn load(root: &Path) -> Result<Config, Problem> {
        let path = root.join("site.yaml");
        let shown = Path::new("site.yaml");
        if !path.is_file() {
            return Err(Problem::in_file(
                shown,
                "site.yaml saknas / site.yaml is missing",
            )
            .with_hint(format!(
                "kör overens i webbplatsens mapp eller ange den med --root (letade i {}) / run overens in the site's folder or give it with --root",
                root.display()
            )));
        }
        let text = read_text(root, &path, Lang::Sv)?;
        let mut config: Config =
            parse_yaml(&text).map_err(|e| yaml_problem(shown, &text, 0, &e, Lang::Sv))?;
        config.base_url = normalize_base_url(&config.base_url);
        Ok(config)
    }
}

/// Makes sure the base URL ends in exactly one `/`, so paths can be appended.
pub fn normalize_base_url(url: &str) -> String {
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
