//! The table of reads made into code: from one line per read (its name, what it is asked
//! with, its answer and the one expression that answers it), the [`Read`](super::Read)
//! enum, the function that answers it, the reader's accessor that notes it and calls that
//! function, and the arm of [`changed`](super::changed) that calls it on the site before
//! and after an edit. The page and the rebuild cannot get different answers: there is only
//! one way to answer.

/// See the module's documentation. Reads of the content are answered from a
/// [`Base`](super::Base) and noted by a [`ContentReader`](super::ContentReader); reads of
/// what is derived from it, from [`Facts`](super::Facts) and noted by a
/// [`Reader`](super::Reader).
macro_rules! reads {
    (
        content {
            $(
                $(#[doc = $cdoc:literal])*
                $CVariant:ident($($carg:ident: $cty:ty),*) => fn $cname:ident($cm:ident) -> $cret:ty $cbody:block
            )*
        }
        facts {
            $(
                $(#[doc = $fdoc:literal])*
                $FVariant:ident($($farg:ident: $fty:ty),*) => fn $fname:ident($fm:ident) -> $fret:ty $fbody:block
            )*
        }
    ) => {
        /// One piece of the site that a page, or a model derived from the content, can read.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub(crate) enum Read {
            $( $(#[doc = $cdoc])* $CVariant($($cty),*), )*
            $( $(#[doc = $fdoc])* $FVariant($($fty),*), )*
        }

        /// The one answer to each read.
        mod answer {
            #[allow(unused_imports)]
            use super::*;
            $(
                #[allow(clippy::needless_lifetimes)]
                pub(super) fn $cname<'a>($cm: Base<'a>, $($carg: $cty),*) -> $cret $cbody
            )*
            $(
                #[allow(clippy::needless_lifetimes)]
                pub(super) fn $fname<'a>($fm: Full<'a>, $($farg: $fty),*) -> $fret $fbody
            )*
        }

        impl<'a> ContentReader<'a> {
            $(
                $(#[doc = $cdoc])*
                pub(crate) fn $cname(&self, $($carg: $cty),*) -> $cret {
                    self.note(Read::$CVariant($($carg),*));
                    answer::$cname(self.base(), $($carg),*)
                }
            )*
        }

        impl<'a> Reader<'a> {
            $(
                $(#[doc = $fdoc])*
                pub(crate) fn $fname(&self, $($farg: $fty),*) -> $fret {
                    self.note(Read::$FVariant($($farg),*));
                    answer::$fname(self.full(), $($farg),*)
                }
            )*
        }

        /// True when `read` gives another answer in `new` than in `old`: asked of each with
        /// the function that answered the page. A read of something one side does not have
        /// (a compact gone) has changed unless neither has it.
        pub(crate) fn changed(old: Model<'_>, new: Model<'_>, read: Read) -> bool {
            match read {
                $(
                    Read::$CVariant($($carg),*) => {
                        let here = |_m: Base<'_>| true $(&& $carg.is_in(_m.content))*;
                        match (here(old.base), here(new.base)) {
                            (true, true) => !Same::same(
                                &answer::$cname(old.base, $($carg),*),
                                &answer::$cname(new.base, $($carg),*),
                            ),
                            (false, false) => false,
                            _ => true,
                        }
                    }
                )*
                $(
                    Read::$FVariant($($farg),*) => {
                        let (Some(old), Some(new)) = (old.full(), new.full()) else {
                            return true;
                        };
                        let here = |_m: Full<'_>| true $(&& $farg.is_in(_m.base.content))*;
                        match (here(old), here(new)) {
                            (true, true) => !Same::same(
                                &answer::$fname(old, $($farg),*),
                                &answer::$fname(new, $($farg),*),
                            ),
                            (false, false) => false,
                            _ => true,
                        }
                    }
                )*
            }
        }
    };
}

pub(super) use reads;
