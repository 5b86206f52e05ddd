//! What reads are answered from: the content and the day ([`Base`]), and what is derived
//! from them once per site ([`Facts`]: the comparison, the compacts by county, the words
//! for search, what happened in each process, which pages each compact has), each kept with
//! the reads that made it ([`Kept`]).

use std::sync::Arc;

use super::Read;
use crate::compare::{Events, GroupKey, Groups, Matrix, Standing};
use crate::content::{Compact, CompactId, Content, PartialDate, PrincipleId, TopicId};
use crate::terms::{Index, Key, Terms};

/// The content as reads see it, and the day they are made on.
#[derive(Clone, Copy)]
pub(crate) struct Base<'a> {
    /// Everything under `content/`.
    pub(crate) content: &'a Content,
    /// Today, to the day: what is late and how long ago depends on it.
    pub(crate) today: PartialDate,
}

/// What is derived from the content for the reads to answer from.
#[derive(Debug, Clone)]
pub(crate) struct Facts {
    /// Who says what on which topic.
    pub(crate) matrix: Kept<Matrix>,
    /// The compacts by county.
    pub(crate) groups: Kept<Groups>,
    /// What each compact says of itself alone, in content order.
    pub(crate) compacts: Vec<Kept<CompactFacts>>,
    /// Which compacts have words in each part of the search index.
    pub(crate) index: Arc<Index>,
    /// Where each compact's living parts stand, on the day.
    pub(crate) standing: Vec<Kept<Standing>>,
}

/// What is derived from one compact alone, made together when it is read.
#[derive(Debug, Clone)]
pub(crate) struct CompactFacts {
    /// Its words for search.
    pub(crate) terms: Terms,
    /// What happened in its process, oldest first.
    pub(crate) events: Events,
    /// Which of its own pages exist.
    pub(crate) parts: Parts,
}

/// The base and the facts, for the reads of facts.
#[derive(Clone, Copy)]
pub(crate) struct Full<'a> {
    /// The content and the day.
    pub(crate) base: Base<'a>,
    /// What is derived from them.
    pub(crate) facts: &'a Facts,
}

/// A site as [`changed`](super::changed) compares it: the facts are there once derived.
#[derive(Clone, Copy)]
pub(crate) struct Model<'a> {
    /// The content and the day.
    pub(crate) base: Base<'a>,
    /// What is derived from them, when it is.
    pub(crate) facts: Option<&'a Facts>,
}

impl<'a> Model<'a> {
    pub(super) fn full(self) -> Option<Full<'a>> {
        Some(Full {
            base: self.base,
            facts: self.facts?,
        })
    }
}

/// A value derived through recorded reads, kept with those reads: a site derived again
/// after an edit shares it with the site before when none of them answers differently.
#[derive(Debug)]
pub(crate) struct Kept<T>(Arc<(T, Vec<Read>)>);

impl<T> Clone for Kept<T> {
    fn clone(&self) -> Self {
        Kept(Arc::clone(&self.0))
    }
}

impl<T> Kept<T> {
    /// `value`, made through `reads`.
    pub(crate) fn new(value: T, reads: Vec<Read>) -> Kept<T> {
        Kept(Arc::new((value, reads)))
    }

    /// The value.
    pub(crate) fn value(&self) -> &T {
        &self.0 .0
    }

    /// What making it read.
    pub(crate) fn reads(&self) -> &[Read] {
        &self.0 .1
    }

    /// True when both are the very same value, not made again.
    pub(crate) fn same(&self, other: &Kept<T>) -> bool {
        Arc::ptr_eq(&self.0, &other.0)
    }
}

/// A principle as a link shows it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Title<'a> {
    /// Its file name, in its address.
    pub(crate) slug: &'a str,
    /// Its heading.
    pub(crate) title: &'a str,
}

/// Which of a compact's own pages exist.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Parts {
    /// The dates of its earlier versions, oldest first.
    pub(crate) versions: Vec<PartialDate>,
    /// Whether it has a list of signatories.
    pub(crate) signatories: bool,
    /// How many pages its list takes, in each order.
    pub(crate) signatory_pages: u16,
    /// Whether it has an action plan.
    pub(crate) plan: bool,
}

impl Parts {
    /// The pages `compact` has.
    pub(crate) fn of(compact: &Compact) -> Parts {
        Parts {
            versions: compact.versions.iter().map(|v| v.date).collect(),
            signatories: !compact.signatories.list.is_empty(),
            signatory_pages: crate::content::signatory_pages(compact.signatories.list.len()),
            plan: !compact.plan.is_empty(),
        }
    }
}

/// Two answers alike: the very same value (a compact not read again, a model not made
/// again) at once, else equal.
pub(crate) trait Same {
    /// True when `self` and `other` say the same.
    fn same(&self, other: &Self) -> bool;
}

impl<T: PartialEq + ?Sized> Same for &T {
    fn same(&self, other: &Self) -> bool {
        std::ptr::eq(*self, *other) || *self == *other
    }
}

impl<T: Same> Same for Option<T> {
    fn same(&self, other: &Self) -> bool {
        match (self, other) {
            (Some(a), Some(b)) => a.same(b),
            (None, None) => true,
            _ => false,
        }
    }
}

impl<T: PartialEq> Same for Vec<T> {
    fn same(&self, other: &Self) -> bool {
        self == other
    }
}

macro_rules! same_by_value {
    ($($t:ty),*) => {
        $(impl Same for $t {
            fn same(&self, other: &Self) -> bool {
                self == other
            }
        })*
    };
}

same_by_value!(
    usize,
    bool,
    PartialDate,
    Title<'_>,
    crate::compare::Quotes,
    Standing
);

/// Whether an id names something of a site's content, so that its reads can be answered.
pub(crate) trait IsIn {
    /// True when `content` has it.
    fn is_in(&self, content: &Content) -> bool;
}

impl IsIn for CompactId {
    fn is_in(&self, content: &Content) -> bool {
        self.index() < content.compacts.len()
    }
}

impl IsIn for TopicId {
    fn is_in(&self, content: &Content) -> bool {
        self.index() < content.topics.len()
    }
}

impl IsIn for PrincipleId {
    fn is_in(&self, content: &Content) -> bool {
        content
            .compacts
            .get(self.compact.index())
            .is_some_and(|c| usize::from(self.index) < c.principles.len())
    }
}

impl<T: IsIn> IsIn for Option<T> {
    fn is_in(&self, content: &Content) -> bool {
        self.as_ref().is_none_or(|id| id.is_in(content))
    }
}

macro_rules! always_in {
    ($($t:ty),*) => {
        $(impl IsIn for $t {
            fn is_in(&self, _: &Content) -> bool {
                true
            }
        })*
    };
}

always_in!(GroupKey, Key, u8);
