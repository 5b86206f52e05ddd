//! The checks of `site.yaml` beyond its form: colours that can be read, a logo that exists,
//! a contact that can be a link, and what a site still needs before it is published: its own
//! address, and every fact of the accessibility statement.

use std::path::Path;

use serde_saphyr::{Location, Spanned};

use super::{Accessibility, Compliance};
use crate::brand::{Colors, ColourProblem};
use crate::date::{today, PartialDate, RawDate};
use crate::diagnostics::{Problem, Problems};
use crate::messages::{self as m, Message};
use crate::yaml::position;

/// How old an assessment of accessibility may grow before the statement should be renewed.
const ASSESSMENT_MONTHS: i32 = 12;

/// What kind of address a `base_url` is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Address {
    /// A whole address on the web, where the site can be published.
    Published,
    /// Not a whole address: no scheme and host.
    Relative,
    /// An address for examples and tests, which no one publishes at.
    Example,
}

/// Tells a real address from a relative one or an example (`example.se`, `localhost`).
pub(crate) fn address_kind(url: &str) -> Address {
    let Some((_, rest)) = url.trim().split_once("://") else {
        return Address::Relative;
    };
    let host = rest
        .split(['/', ':'])
        .next()
        .unwrap_or_default()
        .to_ascii_lowercase();
    let example = host.is_empty()
        || host == "localhost"
        || host.starts_with("127.")
        || [".test", ".example", ".invalid", ".localhost"]
            .iter()
            .any(|end| host.ends_with(end))
        || host
            .split('.')
            .rev()
            .nth(1)
            .is_some_and(|name| name == "example");
    if example {
        Address::Example
    } else {
        Address::Published
    }
}

/// Checks `site.yaml`, whose text is `text`.
pub(super) struct Check<'a> {
    root: &'a Path,
    text: &'a str,
}

impl<'a> Check<'a> {
    pub(super) fn new(root: &'a Path, text: &'a str) -> Check<'a> {
        Check { root, text }
    }

    fn at(
        &self,
        line: usize,
        column: usize,
        message: impl Into<Message>,
        hint: impl Into<Message>,
        warning: bool,
    ) -> Problem {
        let file = Path::new("site.yaml");
        let problem = if warning {
            Problem::warning(file, line, column, message)
        } else {
            Problem::error(file, line, column, message)
        };
        problem.with_hint(hint).with_source(self.text)
    }

    pub(super) fn at_value<T>(
        &self,
        value: &Spanned<T>,
        message: impl Into<Message>,
        hint: impl Into<Message>,
        warning: bool,
    ) -> Problem {
        let (line, column) = position(value, 0);
        self.at(line, column, message, hint, warning)
    }

    /// A date of the statement.
    pub(super) fn date(
        &self,
        value: &Spanned<RawDate>,
        problems: &mut Problems,
    ) -> Option<PartialDate> {
        crate::date::read(&value.value)
            .map_err(|(message, hint)| {
                problems.push(self.at_value(value, message, hint, false));
            })
            .ok()
    }

    /// A language tag (BCP 47: `sv`, `en`, `se`, `fit`), as HTML's `lang` takes it.
    pub(super) fn language_tag(
        &self,
        key: &str,
        value: &Spanned<String>,
        problems: &mut Problems,
    ) -> Option<String> {
        let written = value.value.trim();
        if crate::html::is_language_tag(written) {
            return Some(written.to_owned());
        }
        problems.push(self.at_value(
            value,
            m::NOT_LANGUAGE_TAG.with(&[&key, &written]),
            m::WRITE_LANGUAGE_TAG,
            false,
        ));
        None
    }

    /// Where to report a problem: an e-mail address or a web address, nothing that could
    /// not be a safe link.
    pub(super) fn contact(
        &self,
        value: &Spanned<String>,
        problems: &mut Problems,
    ) -> Option<String> {
        let contact = value.value.trim();
        let email = contact.contains('@') && !contact.contains([' ', ':', '/']);
        let web = crate::urls::is_web_address(contact);
        if email || web {
            return Some(contact.to_owned());
        }
        problems.push(self.at_value(
            value,
            m::CONTACT_NOT_EMAIL_OR_WEB.with(&[&contact]),
            m::WRITE_CONTACT,
            false,
        ));
        None
    }

    /// Colours that cannot be read are errors; colours adjusted for contrast, warnings
    /// (`adjusted`, as [`crate::brand::css`] found them).
    pub(super) fn colours(
        &self,
        colors: &Colors,
        adjusted: Vec<ColourProblem>,
        problems: &mut Problems,
    ) {
        for colour in adjusted {
            let Some(value) = colors.get(colour.key) else {
                continue;
            };
            let hint = if colour.readable {
                m::SITE_READABLE_HAVE_COLOUR_ITSELF
            } else {
                m::WRITE_COLOUR_RRGGBB_ORGANISATION_S
            };
            let details: Vec<&dyn m::Arg> =
                colour.details.iter().map(|d| d as &dyn m::Arg).collect();
            let why = colour.why.with(&details);
            problems.push(self.at_value(
                value,
                m::COLOUR_KEY.with(&[&colour.key, &why]),
                hint,
                colour.readable,
            ));
        }
    }

    /// The logo must be a file in the site's `static/` (or its theme's), without leaving
    /// that folder.
    pub(super) fn logo(&self, logo: &Spanned<String>, theme: &str, problems: &mut Problems) {
        let path = Path::new(&logo.value);
        let inside = !logo.value.is_empty()
            && path
                .components()
                .all(|c| matches!(c, std::path::Component::Normal(_)));
        let found = inside
            && (self.root.join("static").join(path).is_file()
                || self
                    .root
                    .join("themes")
                    .join(theme)
                    .join("static")
                    .join(path)
                    .is_file());
        if !found {
            problems.push(self.at_value(
                logo,
                m::LOGO_NOT_STATIC.with(&[&logo.value]),
                m::PUT_IMAGE_FILE_STATIC_FOLDER,
                false,
            ));
        }
    }

    /// A site published at an example address would point every link, the sitemap and the
    /// feed there.
    pub(super) fn base_url(&self, url: &Spanned<String>, problems: &mut Problems) {
        let text = url.value.trim();
        let why = match address_kind(text) {
            Address::Published => return,
            Address::Relative => m::BASE_URL_NOT_ABSOLUTE,
            Address::Example => m::BASE_URL_PLACEHOLDER,
        };
        problems.push(self.at_value(url, why.with(&[&text]), m::WRITE_BASE_URL, true));
    }

    /// Every fact the law asks the accessibility statement for, and an assessment that has
    /// grown old.
    pub(super) fn statement(
        &self,
        facts: &Accessibility,
        at: Option<Location>,
        assessed: Option<&Spanned<RawDate>>,
        problems: &mut Problems,
    ) {
        let written = self
            .text
            .lines()
            .position(|l| l.starts_with("accessibility:"))
            .map(|i| (i + 1, 1));
        let (line, column) = written
            .or_else(|| at.map(|at| (at.line() as usize, at.column() as usize)))
            .unwrap_or((0, 0));
        let missing = [
            ("compliance", facts.compliance.is_none(), m::FACT_COMPLIANCE),
            (
                "not_accessible",
                facts.not_accessible.is_none() && facts.compliance != Some(Compliance::Helt),
                m::FACT_NOT_ACCESSIBLE,
            ),
            ("method", facts.method.is_none(), m::FACT_METHOD),
            ("assessed", facts.assessed.is_none(), m::FACT_ASSESSED),
            ("updated", facts.updated.is_none(), m::FACT_UPDATED),
            ("contact", facts.contact.is_none(), m::FACT_CONTACT),
        ];
        for (key, _, what) in missing.into_iter().filter(|(_, gone, _)| *gone) {
            problems.push(self.at(
                line,
                column,
                m::STATEMENT_LACKS.with(&[&key, &what]),
                m::WRITE_STATEMENT_FACT.with(&[&key]),
                true,
            ));
        }
        if let (Some(date), Some(value)) = (facts.assessed, assessed) {
            let months = date.months_until(today());
            if months >= ASSESSMENT_MONTHS {
                problems.push(self.at_value(
                    value,
                    m::ASSESSMENT_OLD.with(&[&date]),
                    m::RENEW_ASSESSMENT,
                    true,
                ));
            }
        }
    }
}
