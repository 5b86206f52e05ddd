//! The languages overens speaks, and every message it gives, in both: the tables in this
//! folder hold each message once, in Swedish and English side by side, so a message is
//! changed, checked and translated in one place. Code picks a message by its name and gives
//! it its values; the [`Message`] it makes is put into a language only when it is shown, in
//! the site's language (or the user's, when the site cannot say).

mod build;
mod catalog;
mod command;
mod content;
mod files;
mod import;
mod living;
mod reading;
mod settings;

use serde::Deserialize;

pub(crate) use build::*;
pub(crate) use catalog::*;
pub(crate) use command::*;
pub(crate) use content::*;
pub(crate) use files::*;
pub(crate) use import::*;
pub(crate) use living::*;
pub(crate) use reading::*;
pub(crate) use settings::*;

/// One message of the tables, in Swedish and in English, with `{}` where its values go.
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

    /// The message in `lang`, as the tables hold it: for the words of pages and data files,
    /// which are written in the site's language.
    pub(crate) fn get(self, lang: Lang) -> &'static str {
        match lang {
            Lang::Sv => self.sv,
            Lang::En => self.en,
        }
    }

    /// The message with its values, each going where the next `{}` is, to be put into a
    /// language when it is shown. A value is shown as written (a file name, a number, the
    /// editor's own words), or is a message of its own, shown in the same language.
    pub(crate) fn with(self, values: &[&dyn Arg]) -> Message {
        Message(Box::new(Parts {
            msg: self,
            values: values.iter().map(|v| v.value()).collect(),
        }))
    }
}

/// What a problem says: a message of the tables and its values, in no language yet. It is
/// put into one only when it is shown, once the site's language is known, so no loader needs
/// to know it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Message(Box<Parts>);

/// A message's parts, kept behind one pointer so that a problem stays small.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Parts {
    msg: Msg,
    values: Vec<Value>,
}

/// One value of a [`Message`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Value {
    /// Shown as written, in every language.
    Plain(String),
    /// A message of its own, shown in the same language.
    Message(Message),
}

impl Message {
    /// The message in `lang`, each value where its `{}` stands.
    pub fn text(&self, lang: Lang) -> String {
        let mut out = String::new();
        self.write(lang, &mut out);
        out
    }

    fn write(&self, lang: Lang, out: &mut String) {
        let mut values = self.0.values.iter();
        let mut parts = self.0.msg.get(lang).split("{}").peekable();
        while let Some(part) = parts.next() {
            out.push_str(part);
            if parts.peek().is_none() {
                break;
            }
            match values.next() {
                Some(Value::Plain(text)) => out.push_str(text),
                Some(Value::Message(message)) => message.write(lang, out),
                None => {}
            }
        }
    }
}

impl From<Msg> for Message {
    fn from(msg: Msg) -> Message {
        msg.with(&[])
    }
}

/// What can stand for a `{}` of a message: anything shown as written, or a message.
pub(crate) trait Arg {
    /// The value as a message holds it.
    fn value(&self) -> Value;
}

impl<T: std::fmt::Display + ?Sized> Arg for T {
    fn value(&self) -> Value {
        Value::Plain(self.to_string())
    }
}

impl Arg for Msg {
    fn value(&self) -> Value {
        Value::Message(Message::from(*self))
    }
}

impl Arg for Message {
    fn value(&self) -> Value {
        Value::Message(self.clone())
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
