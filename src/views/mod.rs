//! What templates see: typed, serializable views of the content and comparison models,
//! each made through a [`Reader`], so that the page it is made for notes what it shows.
//! Paths in views are relative to the output root (`eslov/index.html`); templates put the
//! page's `root` (`../../`) in front, so every link is relative and works from any folder
//! and from `file://`.

use serde::Serialize;

pub(crate) mod groups;
mod living;
pub(crate) mod summary;

use crate::compare::Happening;
use crate::content::{CompactId, PartialDate, PrincipleId, Topic};
use crate::messages::Lang;
use crate::reads::{Kept, Reader};
use crate::templates::Strings;
use crate::urls::{self, Words};
pub(crate) use groups::{split, whole_and_summed, GroupView};
pub(crate) use living::Living;
pub(crate) use summary::CompactSummary;

/// A date with its ISO form (for `<time datetime>`) and its text in the site's language.
#[derive(Debug, Clone, Serialize)]
pub(crate) struct DateView {
    /// `2019-10-01`.
    pub(crate) iso: String,
    /// `1 oktober 2019`.
    pub(crate) text: String,
}

impl DateView {
    /// Writes `date` out in words.
    pub(crate) fn new(date: PartialDate, strings: &Strings) -> DateView {
        let month = |m: u8| {
            strings
                .get(&format!("month_{m}"))
                .cloned()
                .unwrap_or_else(|| m.to_string())
        };
        let text = match (date.month, date.day) {
            (Some(m), Some(d)) => format!("{d} {} {}", month(m), date.year),
            (Some(m), None) => format!("{} {}", month(m), date.year),
            _ => date.year.to_string(),
        };
        DateView {
            iso: date.to_string(),
            text,
        }
    }
}

/// A link to a page.
#[derive(Debug, Clone, Serialize)]
pub(crate) struct Link {
    /// The link text.
    pub(crate) title: String,
    /// Site-relative path.
    pub(crate) path: String,
    /// The language of the text, when it is content in another language than the page's.
    pub(crate) lang: Option<String>,
}

impl Link {
    /// A link whose text is in the page's language.
    pub(crate) fn new(title: String, path: String) -> Link {
        Link {
            title,
            path,
            lang: None,
        }
    }
}

/// The language of the pages, and the one content is written in unless a compact says its
/// own: where they differ, the content is marked with its language (WCAG 3.1.2), so that a
/// screen reader reads Swedish text on an English page as Swedish.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Languages<'a> {
    /// The pages' language (`language` in `site.yaml`).
    pub(crate) page: Lang,
    /// The content's (`content_language` in `site.yaml`).
    pub(crate) content: &'a str,
}

impl<'a> Languages<'a> {
    /// The languages `config` gives.
    pub(crate) fn of(config: &'a crate::config::Config) -> Languages<'a> {
        Languages {
            page: config.language,
            content: &config.content_language,
        }
    }

    /// The `lang` to mark content with, written in `own` or else in the site's content
    /// language: none when that is the page's language (`sv-FI` text on a Swedish page is
    /// read as Swedish all the same).
    pub(crate) fn mark(&self, own: Option<&str>) -> Option<String> {
        let lang = own.unwrap_or(self.content);
        let primary = lang.split('-').next().unwrap_or(lang);
        (!primary.eq_ignore_ascii_case(self.page.code())).then(|| lang.to_owned())
    }
}

/// A principle as shown in full. Its text is borrowed from the content, never copied.
#[derive(Debug, Clone, Serialize)]
pub(crate) struct PrincipleView<'a> {
    /// File stem, used as anchor.
    pub(crate) slug: &'a str,
    /// Heading.
    pub(crate) title: &'a str,
    /// Site-relative path of its page.
    pub(crate) path: String,
    /// Rendered text.
    pub(crate) body_html: &'a str,
    /// The language of its title and text, when not the page's.
    pub(crate) lang: Option<String>,
    /// The topics it covers.
    pub(crate) topics: Vec<Link>,
    /// The compact that wrote it.
    pub(crate) compact: Link,
}

/// What every page shares: the theme's strings, the URL words, and each compact's summary.
pub(crate) struct Views<'a> {
    strings: &'a Strings,
    words: Words,
    summaries: &'a [Kept<CompactSummary>],
    languages: Languages<'a>,
}

impl<'a> Views<'a> {
    /// Views in `languages`' page language, with the summaries made for the site (none while
    /// the summaries themselves are made).
    pub(crate) fn new(
        strings: &'a Strings,
        languages: Languages<'a>,
        summaries: &'a [Kept<CompactSummary>],
    ) -> Views<'a> {
        Views {
            strings,
            words: Words::of(languages.page),
            summaries,
            languages,
        }
    }

    /// The `lang` of compact `c`'s content, when it is not the page's.
    pub(crate) fn lang_of(&self, r: &Reader<'_>, c: CompactId) -> Option<String> {
        self.languages.mark(r.language(c))
    }

    /// The `lang` of the site's own content (the front page, the topics), when it is not
    /// the page's.
    pub(crate) fn content_lang(&self) -> Option<String> {
        self.languages.mark(None)
    }

    /// A theme string, or its key when the theme lacks it.
    pub(crate) fn t(&self, key: &str) -> String {
        crate::templates::string(self.strings, key)
    }

    /// The URL words in use.
    pub(crate) fn words(&self) -> Words {
        self.words
    }

    /// Writes a date in words.
    pub(crate) fn date_view(&self, date: PartialDate) -> DateView {
        DateView::new(date, self.strings)
    }

    /// Compact `c` as lists show it, noting on `r` what making it read.
    pub(crate) fn summary(&self, r: &Reader<'_>, c: CompactId) -> &'a CompactSummary {
        self.summaries[c.index()].get(r)
    }

    /// Every compact as lists show it, in order.
    pub(crate) fn summaries(&self, r: &Reader<'_>) -> Vec<&'a CompactSummary> {
        r.ids().map(|c| self.summary(r, c)).collect()
    }

    /// A link to compact `c`'s page, named by its municipality.
    pub(crate) fn compact_link(&self, r: &Reader<'_>, c: CompactId) -> Link {
        let summary = self.summary(r, c);
        Link::new(summary.municipality.clone(), summary.path.clone())
    }

    /// A link to a topic's comparison page.
    pub(crate) fn topic_link(&self, topic: &Topic) -> Link {
        Link {
            title: topic.name.clone(),
            path: urls::topic(self.words, &topic.id),
            lang: self.content_lang(),
        }
    }

    /// A principle, shown in full.
    pub(crate) fn principle<'r>(&self, r: &Reader<'r>, p: PrincipleId) -> PrincipleView<'r> {
        let principle = r.principle(p);
        let slug = r.slug(p.compact);
        PrincipleView {
            slug: &principle.slug,
            title: &principle.title,
            path: urls::principle(slug, &principle.slug),
            body_html: &principle.body_html,
            lang: self.lang_of(r, p.compact),
            topics: principle
                .topics
                .iter()
                .map(|&t| self.topic_link(r.topic(t)))
                .collect(),
            compact: Link::new(r.head(p.compact).municipality.clone(), urls::compact(slug)),
        }
    }

    /// A link to a principle's page.
    pub(crate) fn principle_link(&self, r: &Reader<'_>, p: PrincipleId) -> Link {
        let title = r.title(p);
        Link {
            title: title.title.to_owned(),
            path: urls::principle(r.slug(p.compact), title.slug),
            lang: self.lang_of(r, p.compact),
        }
    }

    /// The principles compact `c` takes over through `endorses`.
    pub(crate) fn endorsed_principles<'r>(
        &self,
        r: &Reader<'r>,
        c: CompactId,
    ) -> Vec<PrincipleView<'r>> {
        r.chain(c)
            .iter()
            .flat_map(|&other| r.outline(other))
            .map(|(p, _)| self.principle(r, p))
            .collect()
    }
}

impl Views<'_> {
    /// What happened, in words.
    pub(crate) fn happening(&self, date: PartialDate, happening: Happening<'_>) -> String {
        match happening {
            Happening::Written(_, text, _) => text.to_owned(),
            Happening::Version(_, Some(summary)) => summary.to_owned(),
            Happening::Version(None, None) => self.t("event_version"),
            Happening::Version(Some(by), None) => {
                format!(
                    "{}, {} {by}",
                    self.t("event_version"),
                    self.t("event_decided_by")
                )
            }
            Happening::Joined(1) => format!("1 {}", self.t("event_joined_one")),
            Happening::Joined(n) => format!("{n} {}", self.t("event_joined_many")),
            Happening::Followup(kind, title, _) => {
                let kind = self.t(&format!("followup_{}", kind.key()));
                if living::title_adds(title, date, self.strings) {
                    format!("{kind}: {title}")
                } else {
                    kind
                }
            }
            Happening::ActionDone(title) => format!("{}: {title}", self.t("event_action_done")),
        }
    }
}

/// At most `max` characters, cut at a word, with an ellipsis when cut.
pub(crate) fn truncate(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        return text.to_owned();
    }
    let cut: String = text.chars().take(max).collect();
    let cut = cut.rsplit_once(' ').map_or(cut.as_str(), |(head, _)| head);
    format!("{cut}…")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_content_in_another_language_is_marked() {
        let english = Languages {
            page: Lang::En,
            content: "sv",
        };
        assert_eq!(english.mark(None).as_deref(), Some("sv"));
        assert_eq!(english.mark(Some("en-GB")), None);
        assert_eq!(english.mark(Some("fi")).as_deref(), Some("fi"));
        let swedish = Languages {
            page: Lang::Sv,
            content: "sv",
        };
        assert_eq!(swedish.mark(None), None);
        assert_eq!(swedish.mark(Some("sv-FI")), None);
        assert_eq!(swedish.mark(Some("se")).as_deref(), Some("se"));
    }
}
