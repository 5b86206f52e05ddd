//! What a page, or a model derived from the content, reads of the site, recorded as it is
//! read.
//!
//! Pages reach the content and what is derived from it only through a [`Reader`], whose
//! every accessor notes a [`Read`] before it answers. After an edit, [`changed`] asks, for
//! each read a page or a derived model noted, whether the answer differs between the site
//! before and after; what noted a changed read is made again. Both sides are answered by the
//! same function, the one in the table below, so what a page is rendered again for is exactly
//! what it showed: there is no second list of dependencies to keep in step with the pages.
//!
//! Ids are places in the lists of compacts and topics: a page that names a compact reads its
//! slug, and one that goes through every compact reads how many there are, so a compact
//! added before another is a change to what its id answers.

mod macros;
mod model;
mod reader;

use crate::compare::{Cell, GroupKey, Happening, Quotes, Standing};
use crate::content::{
    Action, Compact, CompactId, EasyText, Followups, FrontPage, Head, PartialDate, Principle,
    PrincipleId, Signatories, Text, Topic, TopicId, Version,
};
use crate::terms::{Key, Share};
use macros::reads;
pub(crate) use model::{Base, CompactFacts, Facts, Full, IsIn, Kept, Model, Parts, Same, Title};
pub(crate) use reader::{ContentReader, Reader};

reads! {
    content {
        /// How many compacts the site has: their ids are the places up to it.
        Compacts() => fn compacts(m) -> usize { m.content.compacts.len() }
        /// A compact's folder name, in its addresses.
        Slug(c: CompactId) => fn slug(m) -> &'a str { &m.content.get(c).slug }
        /// The vocabulary.
        Topics() => fn topics(m) -> &'a [Topic] { &m.content.topics }
        /// The front page's own text.
        Front() => fn front(m) -> &'a FrontPage { &m.content.front }
        /// What lists show of a compact: its title, status, dates…
        Head(c: CompactId) => fn head(m) -> &'a Head { &m.content.get(c).head }
        /// A compact's own text, contacts and sources.
        Text(c: CompactId) => fn text(m) -> &'a Text { &m.content.get(c).text }
        /// How many principles a compact has.
        Count(c: CompactId) => fn count(m) -> usize { m.content.get(c).principles.len() }
        /// The ids, slugs and titles of a compact's principles, in order.
        Outline(c: CompactId) => fn outline(m) -> Vec<(PrincipleId, Title<'a>)> {
            let compact = m.content.get(c);
            compact
                .principle_ids(c)
                .zip(&compact.principles)
                .map(|(p, principle)| (p, Title { slug: &principle.slug, title: &principle.title }))
                .collect()
        }
        /// The topics each of a compact's principles covers, in order.
        Covers(c: CompactId) => fn covers(m) -> Vec<&'a [TopicId]> {
            m.content.get(c).principles.iter().map(|p| p.topics.as_slice()).collect()
        }
        /// The folder of the compact whose principles a compact takes over, if any.
        Endorses(c: CompactId) => fn endorses(m) -> Option<&'a str> {
            m.content.get(c).head.endorses.as_deref()
        }
        /// One principle, whole.
        Principle(p: PrincipleId) => fn principle(m) -> &'a Principle { m.content.principle(p) }
        /// One principle's slug and title, as a link shows it.
        Title(p: PrincipleId) => fn title(m) -> Title<'a> {
            let principle = m.content.principle(p);
            Title { slug: &principle.slug, title: &principle.title }
        }
        /// Everything of a compact (for the open data).
        Compact(c: CompactId) => fn compact(m) -> &'a Compact { m.content.get(c) }
        /// A compact's earlier versions.
        Versions(c: CompactId) => fn versions(m) -> &'a [Version] { &m.content.get(c).versions }
        /// Who joined a compact.
        Signatories(c: CompactId) => fn signatories(m) -> &'a Signatories {
            &m.content.get(c).signatories
        }
        /// A compact's action plan.
        Plan(c: CompactId) => fn plan(m) -> &'a [Action] { &m.content.get(c).plan }
        /// A compact's follow-ups.
        Followups(c: CompactId) => fn followups(m) -> &'a Followups { &m.content.get(c).followups }
        /// The language a compact's text is written in, when it says its own.
        Language(c: CompactId) => fn language(m) -> Option<&'a str> {
            m.content.get(c).language.as_deref()
        }
        /// The easy-to-read version of a compact, or of the front page (`None`).
        Easy(of: Option<CompactId>) => fn easy(m) -> Option<&'a EasyText> {
            match of {
                Some(c) => m.content.get(c).easy.as_ref(),
                None => m.content.front_easy.as_ref(),
            }
        }
        /// Whether a compact, or the front page (`None`), has an easy-to-read version.
        HasEasy(of: Option<CompactId>) => fn has_easy(m) -> bool {
            match of {
                Some(c) => m.content.get(c).easy.is_some(),
                None => m.content.front_easy.is_some(),
            }
        }
        /// Today, to the day: whether an action is late, a follow-up overdue, how many years
        /// since a revision.
        Today() => fn today(m) -> PartialDate { m.today }
    }
    facts {
        /// What a compact says on a topic.
        Cell(c: CompactId, t: TopicId) => fn cell(m) -> &'a Cell { m.facts.matrix.value().cell(c, t) }
        /// What a compact says on every topic.
        Row(c: CompactId) => fn row(m) -> &'a [Cell] { m.facts.matrix.value().row(c) }
        /// The compacts covering a topic.
        Covering(t: TopicId) => fn covering(m) -> &'a [CompactId] {
            m.facts.matrix.value().covering(t)
        }
        /// The nearest wordings of other compacts that a principle page of a compact quotes
        /// on a topic (same county first, then the most recently adopted), at most the given
        /// number, and how many there are.
        Quotes(c: CompactId, t: TopicId, limit: u8) => fn quotes(m) -> Quotes {
            let content = &m.base.content;
            let group = |x: CompactId| {
                let head = &content.get(x).head;
                GroupKey::of(head.kind, head.county)
            };
            let own = group(c);
            let near = |x: CompactId| (group(x) == own, content.get(x).head.adopted);
            m.facts.matrix.value().quotes(c, t, usize::from(limit), &near)
        }
        /// The compacts whose principles a compact takes over, nearest first.
        Chain(c: CompactId) => fn chain(m) -> &'a [CompactId] { m.facts.matrix.value().chain(c) }
        /// The compacts of a group (a county), in order.
        Group(key: GroupKey) => fn group(m) -> &'a [CompactId] { m.facts.groups.value().get(key) }
        /// The parts of the search index, in order.
        Keys() => fn keys(m) -> &'a [Key] { m.facts.index.keys() }
        /// The compacts with words in a part of the search index.
        Members(key: Key) => fn members(m) -> Vec<CompactId> { m.facts.index.members(key) }
        /// A compact's words in a part of the search index.
        Share(c: CompactId, key: Key) => fn share(m) -> Option<&'a Share> {
            m.facts.compacts[c.index()].value().terms.share(key)
        }
        /// What happened in a compact's process, oldest first: its events and those its
        /// living parts give.
        Events(c: CompactId) => fn events_of(m) -> Vec<(PartialDate, Happening<'a>)> {
            m.facts.compacts[c.index()].value().events.of_compact(m.base.content.get(c))
        }
        /// Which of a compact's own pages exist: the dates of its earlier versions, whether it
        /// has a list of signatories and a plan.
        Parts(c: CompactId) => fn parts(m) -> &'a Parts { &m.facts.compacts[c.index()].value().parts }
        /// Where a compact's living parts stand, on the day: in force since when, follow-ups
        /// kept, the plan's progress.
        Standing(c: CompactId) => fn standing(m) -> Standing { *m.facts.standing[c.index()].value() }
    }
}
