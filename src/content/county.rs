//! Sweden's 21 counties (*län*): where a municipality or a region belongs. A fixed list, so
//! that "Skåne", "Skåne län" and "skane" are one county, and a misspelt one is named.

use super::slugify;

/// One of Sweden's counties, in the order Swedish sorts their names.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub(crate) enum County {
    /// Blekinge län.
    Blekinge,
    /// Dalarnas län.
    Dalarna,
    /// Gotlands län.
    Gotland,
    /// Gävleborgs län.
    Gavleborg,
    /// Hallands län.
    Halland,
    /// Jämtlands län.
    Jamtland,
    /// Jönköpings län.
    Jonkoping,
    /// Kalmar län.
    Kalmar,
    /// Kronobergs län.
    Kronoberg,
    /// Norrbottens län.
    Norrbotten,
    /// Skåne län.
    Skane,
    /// Stockholms län.
    Stockholm,
    /// Södermanlands län.
    Sodermanland,
    /// Uppsala län.
    Uppsala,
    /// Värmlands län.
    Varmland,
    /// Västerbottens län.
    Vasterbotten,
    /// Västernorrlands län.
    Vasternorrland,
    /// Västmanlands län.
    Vastmanland,
    /// Västra Götalands län.
    VastraGotaland,
    /// Örebro län.
    Orebro,
    /// Östergötlands län.
    Ostergotland,
}

/// Each county with its official name and the name without `län` (which is also its
/// address: `skane`, `vastra-gotaland`).
const TABLE: [(County, &str, &str); 21] = [
    (County::Blekinge, "Blekinge län", "Blekinge"),
    (County::Dalarna, "Dalarnas län", "Dalarna"),
    (County::Gotland, "Gotlands län", "Gotland"),
    (County::Gavleborg, "Gävleborgs län", "Gävleborg"),
    (County::Halland, "Hallands län", "Halland"),
    (County::Jamtland, "Jämtlands län", "Jämtland"),
    (County::Jonkoping, "Jönköpings län", "Jönköping"),
    (County::Kalmar, "Kalmar län", "Kalmar"),
    (County::Kronoberg, "Kronobergs län", "Kronoberg"),
    (County::Norrbotten, "Norrbottens län", "Norrbotten"),
    (County::Skane, "Skåne län", "Skåne"),
    (County::Stockholm, "Stockholms län", "Stockholm"),
    (County::Sodermanland, "Södermanlands län", "Södermanland"),
    (County::Uppsala, "Uppsala län", "Uppsala"),
    (County::Varmland, "Värmlands län", "Värmland"),
    (County::Vasterbotten, "Västerbottens län", "Västerbotten"),
    (
        County::Vasternorrland,
        "Västernorrlands län",
        "Västernorrland",
    ),
    (County::Vastmanland, "Västmanlands län", "Västmanland"),
    (
        County::VastraGotaland,
        "Västra Götalands län",
        "Västra Götaland",
    ),
    (County::Orebro, "Örebro län", "Örebro"),
    (County::Ostergotland, "Östergötlands län", "Östergötland"),
];

/// Other names in use, each with the place in [`TABLE`] of the county it means: the names
/// of the regions that differ from their county's.
const OTHER_NAMES: [(&str, usize); 3] = [
    ("Sörmland", 12),
    ("Jämtland Härjedalen", 5),
    ("Västra Götalandsregionen", 18),
];

impl County {
    /// Every county, in the order Swedish sorts their names.
    pub(crate) const ALL: [County; 21] = {
        let mut all = [County::Blekinge; 21];
        let mut i = 0;
        while i < 21 {
            all[i] = TABLE[i].0;
            i += 1;
        }
        all
    };

    /// The county at `place` in the order of [`spellings`].
    pub(super) fn at(place: usize) -> County {
        TABLE[place].0
    }

    fn row(self) -> (County, &'static str, &'static str) {
        TABLE[self as usize]
    }

    /// The official name: `Skåne län`.
    pub(crate) fn name(self) -> &'static str {
        self.row().1
    }

    /// The word in addresses and theme keys: `skane`, `vastra-gotaland`.
    pub(crate) fn slug(self) -> String {
        slugify(self.row().2)
    }

    /// The county a name means, written in any of the usual ways: with or without `län`,
    /// with or without the genitive `s`, in any case, with or without å, ä and ö, or as its
    /// region is called (`Region Skåne`, `Sörmland`).
    pub(crate) fn parse(written: &str) -> Option<County> {
        let folded = slugify(written);
        let folded = folded.strip_prefix("region-").unwrap_or(&folded);
        let folded = folded.strip_suffix("-lan").unwrap_or(folded);
        let stem = folded.strip_suffix('s').unwrap_or(folded);
        let by_name = TABLE
            .iter()
            .find(|(_, _, short)| slugify(short) == stem || slugify(short) == folded)
            .map(|row| row.0);
        by_name.or_else(|| {
            OTHER_NAMES
                .iter()
                .find(|(name, _)| slugify(name) == folded)
                .map(|&(_, at)| TABLE[at].0)
        })
    }
}

/// The names a county is written by, and the other spellings in use, each with the place
/// of the county it means: for saying which county a name that is none might be.
pub(super) fn spellings() -> (Vec<&'static str>, Vec<(&'static str, usize)>) {
    let names = TABLE.iter().map(|row| row.1).collect();
    let aliases = TABLE
        .iter()
        .enumerate()
        .map(|(at, row)| (row.2, at))
        .chain(OTHER_NAMES)
        .collect();
    (names, aliases)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_table_is_in_the_order_of_the_counties() {
        for (at, row) in TABLE.iter().enumerate() {
            assert_eq!(row.0 as usize, at, "{}", row.1);
        }
        let mut sorted = TABLE.map(|row| row.1);
        sorted.sort_by_key(|name| super::super::swedish_key(name));
        assert_eq!(sorted, TABLE.map(|row| row.1), "Swedish order");
    }

    #[test]
    fn the_usual_spellings_name_a_county() {
        for written in ["Skåne", "Skåne län", "skane", "SKÅNE LÄN", "Region Skåne"] {
            assert_eq!(County::parse(written), Some(County::Skane), "{written}");
        }
        for written in [
            "Stockholm",
            "Stockholms län",
            "stockholms",
            "Region Stockholm",
        ] {
            assert_eq!(County::parse(written), Some(County::Stockholm), "{written}");
        }
        for written in [
            "Västra Götaland",
            "vastra gotalands lan",
            "Västra Götalandsregionen",
        ] {
            assert_eq!(
                County::parse(written),
                Some(County::VastraGotaland),
                "{written}"
            );
        }
        assert_eq!(County::parse("Dalarnas"), Some(County::Dalarna));
        assert_eq!(County::parse("Sörmland"), Some(County::Sodermanland));
        assert_eq!(County::parse("Kalmar län"), Some(County::Kalmar));
        assert_eq!(County::parse("Örebro"), Some(County::Orebro));
        assert_eq!(County::parse("Skone"), None);
        assert_eq!(County::parse("Lappland"), None);
    }

    #[test]
    fn slugs_are_plain_and_unique() {
        let mut slugs: Vec<String> = County::ALL.iter().map(|c| c.slug()).collect();
        assert_eq!(County::VastraGotaland.slug(), "vastra-gotaland");
        assert!(slugs.iter().all(|s| super::super::is_slug(s)));
        slugs.sort();
        slugs.dedup();
        assert_eq!(slugs.len(), 21);
    }
}
