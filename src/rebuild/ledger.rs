//! The reads of the pages a preview holds, each kept once and named by a number. A site of
//! 311 compacts holds some 120,000 reads of its pages but only about 37,000 different
//! ones: after an edit each is asked once, and a page's reads are looked up by number in a
//! list rather than hashed one by one.

use std::cell::Cell;
use std::collections::HashMap;

use crate::reads::{changed, Model, Read};

/// A read, by its place in the [`Ledger`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct ReadId(u32);

/// Every read a held page noted, each once.
#[derive(Default)]
pub(super) struct Ledger {
    ids: HashMap<Read, ReadId>,
    reads: Vec<Read>,
}

impl Ledger {
    /// The numbers of `reads`, each given one the first time it is seen.
    pub(super) fn note(&mut self, reads: Vec<Read>) -> Vec<ReadId> {
        reads
            .into_iter()
            .map(|read| {
                *self.ids.entry(read).or_insert_with(|| {
                    let id = ReadId(u32::try_from(self.reads.len()).unwrap_or(u32::MAX));
                    self.reads.push(read);
                    id
                })
            })
            .collect()
    }

    /// The answers between the site before an edit and after it, each asked when first
    /// needed.
    pub(super) fn against<'l, 'm>(&'l self, old: Model<'m>, new: Model<'m>) -> Changes<'l, 'm> {
        Changes {
            ledger: self,
            old,
            new,
            known: vec![Cell::new(Known::Unasked); self.reads.len()],
        }
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Known {
    Unasked,
    Same,
    Changed,
}

/// Which of the ledger's reads answer differently after an edit.
pub(super) struct Changes<'l, 'm> {
    ledger: &'l Ledger,
    old: Model<'m>,
    new: Model<'m>,
    known: Vec<Cell<Known>>,
}

impl Changes<'_, '_> {
    /// True when any of `reads` answers differently.
    pub(super) fn any(&self, reads: &[ReadId]) -> bool {
        reads.iter().any(|&id| self.changed(id))
    }

    fn changed(&self, ReadId(id): ReadId) -> bool {
        let Some(known) = self.known.get(id as usize) else {
            return true;
        };
        match known.get() {
            Known::Same => false,
            Known::Changed => true,
            Known::Unasked => {
                let read = self.ledger.reads[id as usize];
                let answer = changed(self.old, self.new, read);
                known.set(if answer { Known::Changed } else { Known::Same });
                answer
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_read_noted_twice_has_one_number() {
        let mut ledger = Ledger::default();
        let first = ledger.note(vec![Read::Compacts(), Read::Topics()]);
        let again = ledger.note(vec![Read::Topics(), Read::Front(), Read::Compacts()]);
        assert_eq!(again, vec![first[1], ReadId(2), first[0]]);
        assert_eq!(ledger.reads.len(), 3);
    }
}
