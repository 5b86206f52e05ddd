//! The comparison model: which compact says what on which topic, and when things happened.
//! Pure data built from the content; no IO, no HTML. Everything is held as ids into the
//! content, so it grows with topics × compacts and copies no text.

mod events;
mod groups;
mod hunks;
mod standing;
mod versions;

use crate::content::{endorsement_chain, CompactId, PrincipleId, TopicId};
#[cfg(test)]
pub(crate) use events::events_of;
pub(crate) use events::{Events, Happening, TimelineEntry};
pub(crate) use groups::{GroupKey, Groups, BY_COUNTY_ABOVE};
pub(crate) use hunks::{hunks, Piece};
pub(crate) use standing::{overdue, Standing};
pub(crate) use versions::{compare as compare_versions, Changed, Stretch, VersionDiff};

/// What one compact says on one topic.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct Cell {
    /// The compact's own principles on the topic.
    pub own: Vec<PrincipleId>,
    /// Principles on the topic that it takes over through `endorses`.
    pub endorsed: Vec<PrincipleId>,
}

impl Cell {
    /// True when the compact says nothing on the topic.
    pub(crate) fn is_empty(&self) -> bool {
        self.own.is_empty() && self.endorsed.is_empty()
    }
}

/// Topics against compacts.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct Matrix {
    /// `cells[compact][topic]`.
    cells: Vec<Vec<Cell>>,
    /// For each compact, the compacts whose principles it takes over, nearest first.
    chains: Vec<Vec<CompactId>>,
    /// For each topic, the compacts that cover it, in compact order.
    covering: Vec<Vec<CompactId>>,
    /// For each compact, the compacts that take over its principles.
    endorsers: Vec<Vec<CompactId>>,
}

/// How near a compact is to another, as a principle page ranks the wordings it quotes:
/// whether it is of the same county (or both national), then when it was adopted (the more
/// recent, the nearer; not known, the farthest). Greater is nearer.
pub(crate) type Near = (bool, Option<crate::content::PartialDate>);

/// What a principle page quotes of other compacts on one topic.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Quotes {
    /// The first wordings, each with the endorsing compact when it is taken over.
    pub first: Vec<(PrincipleId, Option<CompactId>)>,
    /// How many other compacts give a wording on the topic, quoted or not.
    pub total: usize,
}

impl Matrix {
    /// What compact `c` says on topic `t`.
    pub(crate) fn cell(&self, c: CompactId, t: TopicId) -> &Cell {
        &self.cells[c.index()][t.index()]
    }

    /// What compact `c` says on every topic, in topic order.
    pub(crate) fn row(&self, c: CompactId) -> &[Cell] {
        &self.cells[c.index()]
    }

    /// The compacts covering topic `t`, in compact order.
    pub(crate) fn covering(&self, t: TopicId) -> &[CompactId] {
        &self.covering[t.index()]
    }

    /// The compacts whose principles compact `c` takes over, nearest first.
    pub(crate) fn chain(&self, c: CompactId) -> &[CompactId] {
        &self.chains[c.index()]
    }

    /// The compacts that take over compact `c`'s principles.
    pub(crate) fn endorsers(&self, c: CompactId) -> &[CompactId] {
        &self.endorsers[c.index()]
    }

    /// The wordings a principle page of compact `ci` quotes on topic `ti`: one principle for
    /// each other compact covering the topic (its own, else one it takes over, with the
    /// endorser), the `limit` nearest of them, and how many there are. `near` says how near
    /// a compact is to `ci`: whether it is of the same county, and when it was adopted; the
    /// nearest are those of the same county first, then the most recently adopted, then in
    /// compact order. Only the compacts covering the topic are visited, each once.
    pub(crate) fn quotes(
        &self,
        ci: CompactId,
        ti: TopicId,
        limit: usize,
        near: &dyn Fn(CompactId) -> Near,
    ) -> Quotes {
        let wording = |row: CompactId| {
            let cell = self.cell(row, ti);
            let own = cell.own.iter().map(|r| (*r, None));
            let endorsed = cell.endorsed.iter().map(|r| (*r, Some(row)));
            own.chain(endorsed).find(|(r, _)| r.compact != ci)
        };
        // The `limit` nearest, kept in order as the covering compacts are visited: a compact
        // goes after those as near as it, so compact order holds among equals, and one that
        // is not nearer than the last kept is passed by without looking for its wording.
        let mut found: Vec<(Near, (PrincipleId, Option<CompactId>))> =
            Vec::with_capacity(limit + 1);
        for &row in self.covering(ti) {
            if row == ci || limit == 0 {
                continue;
            }
            let key = near(row);
            if found.len() == limit && found.last().is_some_and(|(last, _)| *last >= key) {
                continue;
            }
            let Some(quote) = wording(row) else {
                continue;
            };
            let at = found.partition_point(|(kept, _)| *kept >= key);
            found.insert(at, (key, quote));
            found.truncate(limit);
        }
        let first = found.into_iter().map(|(_, w)| w).collect();
        // Another compact covering the topic has no wording of its own to quote only when
        // all it says there is taken over from `ci`, so only `ci`'s endorsers need a look.
        let own_row = usize::from(!self.cell(ci, ti).is_empty());
        let only_ci = self
            .endorsers(ci)
            .iter()
            .filter(|&&row| row != ci && !self.cell(row, ti).is_empty() && wording(row).is_none())
            .count();
        Quotes {
            first,
            total: self.covering(ti).len() - own_row - only_ci,
        }
    }
}

/// What the matrix is made of, for each compact in order: its folder, the folder of the
/// compact it endorses, and the topics of each of its principles.
pub(crate) struct Sources<'a> {
    /// Each compact's folder name.
    pub(crate) slugs: Vec<&'a str>,
    /// The folder each compact endorses, if any.
    pub(crate) endorses: Vec<Option<&'a str>>,
    /// The topics each compact's principles cover, principle by principle.
    pub(crate) covers: Vec<Vec<&'a [TopicId]>>,
    /// How many topics there are.
    pub(crate) topics: usize,
}

/// Builds the matrix of every compact against every topic. Compacts are found by folder
/// through one table, so following an endorsement costs the same at any size.
pub(crate) fn matrix(sources: &Sources<'_>) -> Matrix {
    let compacts = sources.slugs.len();
    let ids = || (0..compacts as u32).map(CompactId);
    let by_slug: std::collections::HashMap<&str, CompactId> =
        ids().map(|c| (sources.slugs[c.index()], c)).collect();
    let chains: Vec<Vec<CompactId>> = ids()
        .map(|c| {
            let endorses = |slug: &str| {
                by_slug
                    .get(slug)
                    .and_then(|id| sources.endorses[id.index()])
            };
            // Loading has refused circles; a chain that circles anyway is cut where it does.
            let slugs = endorsement_chain(sources.slugs[c.index()], endorses).unwrap_or_default();
            slugs
                .into_iter()
                .filter_map(|slug| by_slug.get(slug).copied())
                .filter(|&other| other != c)
                .collect()
        })
        .collect();
    let topics = sources.topics;
    let own_cells: Vec<Vec<Cell>> = ids()
        .map(|c| {
            let mut cells = vec![Cell::default(); topics];
            for (index, covered) in sources.covers[c.index()].iter().enumerate() {
                let id = PrincipleId {
                    compact: c,
                    index: index as u16,
                };
                for topic in covered.iter() {
                    cells[topic.index()].own.push(id);
                }
            }
            cells
        })
        .collect();
    let cells: Vec<Vec<Cell>> = own_cells
        .iter()
        .enumerate()
        .map(|(ci, own)| {
            own.iter()
                .enumerate()
                .map(|(ti, cell)| Cell {
                    own: cell.own.clone(),
                    endorsed: chains[ci]
                        .iter()
                        .flat_map(|other| own_cells[other.index()][ti].own.iter().copied())
                        .collect(),
                })
                .collect()
        })
        .collect();
    let covering: Vec<Vec<CompactId>> = (0..topics)
        .map(|t| ids().filter(|c| !cells[c.index()][t].is_empty()).collect())
        .collect();
    let mut endorsers = vec![Vec::new(); compacts];
    for (c, chain) in ids().zip(&chains) {
        for other in chain {
            endorsers[other.index()].push(c);
        }
    }
    Matrix {
        cells,
        chains,
        covering,
        endorsers,
    }
}

#[cfg(test)]
mod tests;
