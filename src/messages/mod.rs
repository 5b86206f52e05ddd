//! The languages overens speaks, and the one way a message is given in the editor's
//! language.

use serde::Deserialize;

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
        let language = locale
            .as_deref()
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

/// Picks the message in the site's language.
pub(crate) fn tr(lang: Lang, sv: &str, en: &str) -> String {
    match lang {
        Lang::Sv => sv.to_owned(),
        Lang::En => en.to_owned(),
    }
}
