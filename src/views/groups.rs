//! The groups of compacts (the national compact, each county, those without one) as pages
//! name and link them: whether the site is split by county, each group's name in the
//! theme's words, its address word and its pages.

use serde::Serialize;

use super::Views;
use crate::compare::{GroupKey, BY_COUNTY_ABOVE};
use crate::content::CompactId;
use crate::reads::Reader;
use crate::templates::Strings;
use crate::urls::{self, Words};

/// A group as a heading or a list of groups shows it.
#[derive(Debug, Clone, Serialize)]
pub(crate) struct GroupView {
    /// The word in addresses and ids: `skane`.
    pub(crate) slug: String,
    /// `Skåne län`.
    pub(crate) name: String,
    /// How many compacts it has.
    pub(crate) count: usize,
    /// Its own page, on a site split by county; its place in the one matrix otherwise.
    pub(crate) path: String,
}

/// True when the site has so many compacts that each county gets pages of its own.
pub(crate) fn split(r: &Reader<'_>) -> bool {
    r.compacts() > BY_COUNTY_ABOVE
}

/// Groups of compacts, each with its members in site order.
pub(crate) type GroupMembers<'a> = Vec<(GroupKey, &'a [CompactId])>;

/// The groups a page of the whole site (matrix, timeline, overview) shows in full, and the
/// counties it sums up with a page of their own: every group in full on a small site; on a
/// site split by county, the national compact in full and every county summed up.
pub(crate) fn whole_and_summed<'a>(r: &Reader<'a>) -> (GroupMembers<'a>, GroupMembers<'a>) {
    let groups = r.groups();
    if !split(r) {
        return (groups, Vec::new());
    }
    groups
        .into_iter()
        .partition(|(key, _)| *key == GroupKey::National)
}

/// The word of group `key` in addresses and ids.
pub(crate) fn group_slug(key: GroupKey, words: Words) -> String {
    match key {
        GroupKey::National => "nationell".to_owned(),
        GroupKey::County(county) => county.slug(),
        GroupKey::Unplaced => words.no_county.to_owned(),
    }
}

/// The name of group `key`, in the theme's words (a county's official name when the theme
/// has none for it).
pub(crate) fn group_name(key: GroupKey, strings: &Strings) -> String {
    match key {
        GroupKey::National => crate::templates::string(strings, "group_national"),
        GroupKey::County(county) => {
            let key = format!("county_{}", county.slug().replace('-', "_"));
            strings
                .get(&key)
                .cloned()
                .unwrap_or_else(|| county.name().to_owned())
        }
        GroupKey::Unplaced => crate::templates::string(strings, "group_unplaced"),
    }
}

/// Where group `key` is shown: its own page on a site split by county, else its place in
/// the matrix.
pub(crate) fn group_path(key: GroupKey, words: Words, split: bool) -> String {
    let slug = group_slug(key, words);
    if split && key != GroupKey::National {
        urls::county(words, &slug)
    } else {
        format!("{}#g-{slug}", urls::compare(words))
    }
}

impl Views<'_> {
    /// The word of group `key` in addresses and ids.
    pub(crate) fn group_slug(&self, key: GroupKey) -> String {
        group_slug(key, self.words())
    }

    /// The name of group `key`, in the theme's words.
    pub(crate) fn group_name(&self, key: GroupKey) -> String {
        group_name(key, self.strings)
    }

    /// Group `key` of `members` as headings and lists show it.
    pub(crate) fn group_view(
        &self,
        key: GroupKey,
        members: &[CompactId],
        split: bool,
    ) -> GroupView {
        GroupView {
            slug: self.group_slug(key),
            name: self.group_name(key),
            count: members.len(),
            path: group_path(key, self.words(), split),
        }
    }
}
