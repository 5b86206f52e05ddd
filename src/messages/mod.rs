//! The languages overens speaks, and every message it gives, in both: the tables in this
//! folder hold each message once, in Swedish and English side by side, so a message is
//! changed, checked and translated in one place. Code picks a message by its name and asks
//! for it in the site's (or the user's) language.

mod build;
mod catalog;
mod command;
mod content;
mod import;
mod living;
mod reading;
mod settings;

use serde::Deserialize;

pub(crate) use build::*;
pub(crate) use catalog::*;
pub(crate) use command::*;
pub(crate) use content::*;
pub(crate) use import::*;
pub(crate) use living::*;
pub(crate) use reading::*;
pub(crate) use settings::*;

/// One message, in Swedish and in English.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Msg {
    sv: &'static str,
    en: &'static str,
}

impl Msg {
    /// A message in both languages.
    pub(crate) const fn new(sv: &'static str, en: &'static str) -> Msg {
        Msg { sv, en }
    }

    /// The message in `lang`.
    pub(crate) fn get(self, lang: Lang) -> &'static str {
        match lang {
            Lang::Sv => self.sv,
            Lang::En => self.en,
        }
    }

    /// The message in `lang`, as an owned string.
    pub(crate) fn text(self, lang: Lang) -> String {
        self.get(lang).to_owned()
    }

    /// The message in `lang` with each `{}` replaced by the next of `values`.
    pub(crate) fn with(self, lang: Lang, values: &[&dyn std::fmt::Display]) -> String {
        let mut out = String::new();
        let mut values = values.iter();
        let mut parts = self.get(lang).split("{}").peekable();
        while let Some(part) = parts.next() {
            out.push_str(part);
            if parts.peek().is_some() {
                if let Some(value) = values.next() {
                    out.push_str(&value.to_string());
                }
            }
        }
        out
    }
}

/// The languages of the theme and of every message.
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
    /// The user's language, from the locale (`LC_ALL`, `LC_MESSAGES`, `LANG`): English
    /// when it names another language than Swedish, else Swedish. For messages given
    /// before a site says its own language.
    pub fn from_env() -> Lang {
        let locale = ["LC_ALL", "LC_MESSAGES", "LANG"]
            .iter()
            .filter_map(|name| std::env::var(name).ok())
            .find(|value| !value.is_empty());
        Lang::from_locale(locale.as_deref())
    }

    /// The language of a locale such as `sv_SE.UTF-8`: Swedish unless it names another.
    fn from_locale(locale: Option<&str>) -> Lang {
        let language = locale
            .and_then(|l| l.split(['.', '@', '_']).next())
            .unwrap_or("");
        match language {
            "" | "C" | "POSIX" | "sv" => Lang::Sv,
            _ => Lang::En,
        }
    }

    /// The BCP 47 code used in `lang=""` and to pick the theme's strings.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Sv => "sv",
            Lang::En => "en",
        }
    }
}

#[cfg(test)]
mod tests;
