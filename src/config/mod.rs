//! `site.yaml`: the few settings a site has, read once at the start of a build, checked, and
//! told apart from what is not yet ready to publish (see [`checks`]).

mod checks;
mod open_data;

use std::path::Path;

use serde::Deserialize;
use serde_saphyr::Spanned;

use crate::brand::Colors;
use crate::date::{PartialDate, RawDate};
use crate::diagnostics::{Problem, Problems};
use crate::files::read_text;
use crate::messages as m;
pub(crate) use crate::messages::Lang;
use crate::yaml::parse_all;
pub(crate) use open_data::OpenData;

/// `site.yaml` as written, with where each checked value stands.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SiteFile {
    title: String,
    base_url: Spanned<String>,
    #[serde(default)]
    language: Lang,
    #[serde(default = "default_theme")]
    theme: String,
    #[serde(default)]
    description: Option<String>,
    #[serde(default)]
    organisation: Option<String>,
    #[serde(default)]
    logo: Option<Spanned<String>>,
    #[serde(default)]
    colors: Colors,
    #[serde(default)]
    accessibility: Option<Spanned<AccessibilityFile>>,
    #[serde(default)]
    content_language: Option<Spanned<String>>,
    #[serde(default)]
    organisation_number: Option<Spanned<String>>,
    #[serde(default)]
    data_contact: Option<Spanned<String>>,
    #[serde(default)]
    data_license: Option<Spanned<String>>,
    #[serde(default)]
    require_sources: bool,
}

/// The `accessibility` part of `site.yaml` as written.
#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct AccessibilityFile {
    compliance: Option<Compliance>,
    not_accessible: Option<String>,
    method: Option<String>,
    assessed: Option<Spanned<RawDate>>,
    updated: Option<Spanned<RawDate>>,
    contact: Option<Spanned<String>>,
    response_time: Option<String>,
    exempt_burden: Option<String>,
    out_of_scope: Option<String>,
    standard: Option<String>,
}

/// The settings in `site.yaml`.
#[derive(Debug, Clone)]
pub(crate) struct Config {
    /// The site's name, shown in every page title.
    pub(crate) title: String,
    /// Where the site will be published, e.g. `https://www.eslov.se/overenskommelsen/`,
    /// ending in `/`.
    pub(crate) base_url: String,
    /// Whether `base_url` is a real address the site can be published at, not an example.
    pub(crate) published: bool,
    /// The language of the theme's strings and URL words.
    pub(crate) language: Lang,
    /// The theme's name: `default`, or a folder in the site's `themes/`.
    pub(crate) theme: String,
    /// One sentence for the front page's meta description.
    pub(crate) description: Option<String>,
    /// The organisation that publishes the site, e.g. `Eslövs kommun`.
    pub(crate) organisation: Option<String>,
    /// The organisation's logo: a file in the site's `static/` folder, e.g. `logo.svg`.
    logo: Option<String>,
    /// The CSS made of the organisation's colours (the theme derives the rest from them),
    /// added to the theme's stylesheet.
    pub(crate) brand_css: String,
    /// The facts of the accessibility statement (tillgänglighetsredogörelse).
    pub(crate) accessibility: Accessibility,
    /// The language the content is written in (a BCP 47 tag, `sv`), unless a compact says
    /// its own: where it differs from `language`, pages mark the content with it.
    pub(crate) content_language: String,
    /// The facts of the open data's catalog.
    pub(crate) open_data: OpenData,
    /// Whether every living fact (an event, a follow-up, a count, a version, what replaced a
    /// compact) must say its source: `check` warns about one that does not.
    pub(crate) require_sources: bool,
    /// What is allowed but probably not meant, or not ready to publish, at its line.
    pub(crate) warnings: Problems,
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
#[derive(Debug, Clone, Default)]
pub(crate) struct Accessibility {
    /// How far the site complies.
    pub(crate) compliance: Option<Compliance>,
    /// What is not accessible and why (Markdown).
    pub(crate) not_accessible: Option<String>,
    /// How the site was evaluated, e.g. a self-assessment with automated tests.
    pub(crate) method: Option<String>,
    /// When it was assessed.
    pub(crate) assessed: Option<PartialDate>,
    /// When the statement was last updated.
    pub(crate) updated: Option<PartialDate>,
    /// How to report a problem: an e-mail address or a web address.
    pub(crate) contact: Option<String>,
    /// How long a reply takes, in words, e.g. `två arbetsdagar`.
    pub(crate) response_time: Option<String>,
    /// Content exempt as a disproportionate burden (12 § of the law): what and why
    /// (Markdown).
    pub(crate) exempt_burden: Option<String>,
    /// Content outside the law's scope (9 §), Markdown.
    pub(crate) out_of_scope: Option<String>,
    /// The standard the site is assessed against.
    pub(crate) standard: String,
}

/// The standard that Digg's regulations point to, and the WCAG level it holds.
pub(crate) const DEFAULT_STANDARD: &str = "EN 301 549 v3.2.1 (WCAG 2.1 AA)";

fn default_theme() -> String {
    "default".to_owned()
}

impl Config {
    /// Reads `site.yaml` in `root`, checking every value and what is not yet ready to
    /// publish.
    pub(crate) fn load(root: &Path) -> Result<Config, Problems> {
        let path = root.join("site.yaml");
        let shown = Path::new("site.yaml");
        if !path.is_file() {
            return Err(Problem::in_file(shown, m::SITE_YAML_MISSING_NOT_OVERENS)
                .with_hint(m::START_NEW_SITE_OVERENS_INIT)
                .into());
        }
        let text = read_text(root, &path)?;
        let (file, mut problems) = parse_all::<SiteFile>(&text, shown, &text, 0);
        let Some(file) = file else {
            return Err(problems);
        };
        let lang = file.language;
        let check = checks::Check::new(root, &text);
        let facts = file.accessibility.map(|a| {
            let at = a.referenced;
            (a.value, at)
        });
        let (facts_file, facts_at) = match facts {
            Some((facts, at)) => (facts, Some(at)),
            None => (AccessibilityFile::default(), None),
        };
        let accessibility = Accessibility {
            compliance: facts_file.compliance,
            not_accessible: facts_file.not_accessible,
            method: facts_file.method,
            assessed: facts_file
                .assessed
                .as_ref()
                .and_then(|d| check.date(d, &mut problems)),
            updated: facts_file
                .updated
                .as_ref()
                .and_then(|d| check.date(d, &mut problems)),
            contact: facts_file
                .contact
                .as_ref()
                .and_then(|c| check.contact(c, &mut problems)),
            response_time: facts_file.response_time,
            exempt_burden: facts_file.exempt_burden,
            out_of_scope: facts_file.out_of_scope,
            standard: facts_file
                .standard
                .map(|s| s.trim().to_owned())
                .filter(|s| !s.is_empty())
                .unwrap_or_else(|| DEFAULT_STANDARD.to_owned()),
        };
        let content_language = match &file.content_language {
            Some(value) => check
                .language_tag("content_language", value, &mut problems)
                .unwrap_or_else(|| lang.code().to_owned()),
            None => lang.code().to_owned(),
        };
        let open_data = check.open_data(
            open_data::OpenDataFile {
                organisation_number: file.organisation_number.as_ref(),
                contact: file.data_contact.as_ref(),
                license: file.data_license.as_ref(),
            },
            &mut problems,
        );
        let (brand_css, adjusted) = crate::brand::css(&file.colors);
        check.colours(&file.colors, adjusted, &mut problems);
        if let Some(logo) = &file.logo {
            check.logo(logo, &file.theme, &mut problems);
        }
        check.base_url(&file.base_url, &mut problems);
        check.harvest(
            file.organisation_number.is_some(),
            &open_data,
            &file.base_url,
            crate::urls::Words::of(lang).catalog,
            &mut problems,
        );
        check.statement(
            &accessibility,
            facts_at,
            facts_file.assessed.as_ref(),
            &mut problems,
        );
        if problems.has_errors() {
            return Err(problems);
        }
        Ok(Config {
            title: file.title,
            base_url: normalize_base_url(&file.base_url.value),
            published: checks::address_kind(&file.base_url.value) == checks::Address::Published,
            language: file.language,
            theme: file.theme,
            description: file.description,
            organisation: file.organisation,
            logo: file.logo.map(|l| l.value),
            brand_css,
            accessibility,
            content_language,
            open_data,
            require_sources: file.require_sources,
            warnings: problems,
        })
    }

    /// The logo's path in the output, when there is one.
    pub(crate) fn logo(&self) -> Option<&str> {
        self.logo.as_deref()
    }
}

impl Config {
    /// The site published at `url` instead of its `base_url`.
    pub(crate) fn publish_at(&mut self, url: &str) {
        self.base_url = normalize_base_url(url);
        self.published = checks::address_kind(url) == checks::Address::Published;
    }
}

/// The language of the site in `root`, read from `site.yaml` as far as it can be read, for
/// the messages about it: its `language` even when the rest of the file is broken, Swedish
/// when it names none (as the site would be), and `None` when there is no `site.yaml`, it
/// cannot be read, or its `language` is none of ours.
pub(crate) fn language(root: &Path) -> Option<Lang> {
    #[derive(Deserialize)]
    struct LanguageOnly {
        language: Option<String>,
    }
    let text = read_text(root, &root.join("site.yaml")).ok()?;
    let written = match crate::yaml::parse_yaml::<Option<LanguageOnly>>(&text) {
        Ok(file) => file.and_then(|f| f.language),
        // Broken elsewhere: the line that says it, as the editor wrote it.
        Err(_) => text.lines().find_map(|line| {
            let value = line
                .strip_prefix("language")?
                .trim_start()
                .strip_prefix(':')?;
            Some(value.split(" #").next().unwrap_or(value).to_owned())
        }),
    };
    let Some(written) = written else {
        return Some(Lang::default());
    };
    let word = written
        .trim()
        .trim_matches(['"', '\'', '”', '“', '’'])
        .trim()
        .to_lowercase();
    // A misspelling is still the language it is nearest to, since the same messages say
    // what is wrong with it.
    const NAMES: [(&str, Lang); 6] = [
        ("sv", Lang::Sv),
        ("svenska", Lang::Sv),
        ("swedish", Lang::Sv),
        ("en", Lang::En),
        ("engelska", Lang::En),
        ("english", Lang::En),
    ];
    let near = crate::diagnostics::did_you_mean(&word, NAMES.iter().map(|(name, _)| *name))?;
    NAMES
        .iter()
        .find(|(name, _)| *name == near)
        .map(|(_, lang)| *lang)
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
