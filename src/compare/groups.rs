//! The compacts by where they belong: the national compact, then each county's, then those
//! that name no county. Lists of every compact in Sweden are read group by group, and above
//! [`BY_COUNTY_ABOVE`] compacts each county gets pages of its own.

use crate::content::{CompactId, County, Kind};

/// Above this many compacts, the matrix, the topics and the timeline show a summary by
/// county, and each county gets its own pages, so that no page grows with the country.
/// Sixty keeps a one-page matrix of a region's municipalities whole (Västra Götaland has 49)
/// while a country-wide site is split.
pub(crate) const BY_COUNTY_ABOVE: usize = 60;

/// A group of compacts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub(crate) enum GroupKey {
    /// The national compact.
    National,
    /// A county's municipalities and region.
    County(County),
    /// Municipalities and regions that name no county.
    Unplaced,
}

impl GroupKey {
    /// Every group there can be, in the order pages list them.
    pub(crate) fn all() -> impl Iterator<Item = GroupKey> {
        std::iter::once(GroupKey::National)
            .chain(County::ALL.into_iter().map(GroupKey::County))
            .chain(std::iter::once(GroupKey::Unplaced))
    }

    /// The group of a compact of `kind` in `county`.
    pub(crate) fn of(kind: Kind, county: Option<County>) -> GroupKey {
        match (kind, county) {
            (Kind::Nationell, _) => GroupKey::National,
            (_, Some(county)) => GroupKey::County(county),
            (_, None) => GroupKey::Unplaced,
        }
    }
}

/// The compacts of each group, in site order.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct Groups {
    /// Indexed by [`GroupKey`]'s place in [`GroupKey::all`].
    members: Vec<Vec<CompactId>>,
}

impl Groups {
    /// The groups of the compacts, each given with its group, in site order.
    pub(crate) fn of(compacts: impl IntoIterator<Item = (CompactId, GroupKey)>) -> Groups {
        let mut members = vec![Vec::new(); County::ALL.len() + 2];
        for (c, key) in compacts {
            members[place(key)].push(c);
        }
        Groups { members }
    }

    /// The compacts of `key`, in site order (none when the site has none there).
    pub(crate) fn get(&self, key: GroupKey) -> &[CompactId] {
        self.members.get(place(key)).map_or(&[], Vec::as_slice)
    }
}

fn place(key: GroupKey) -> usize {
    match key {
        GroupKey::National => 0,
        GroupKey::County(county) => 1 + county as usize,
        GroupKey::Unplaced => 1 + County::ALL.len(),
    }
}
