//! Dates as the documents give them: a year, a month or a day; and today, for warnings
//! about what has grown old.

use std::fmt;

use serde::{Deserialize, Deserializer, Serialize};

use crate::messages::{self as m, Message};

/// `raw` read as a date, or the message and hint that say how dates are written, for a
/// problem at its place in the file.
pub(crate) fn read(raw: &RawDate) -> Result<PartialDate, (Message, Message)> {
    PartialDate::parse(&raw.0).ok_or_else(|| {
        (
            m::DATE_CANNOT_READ.with(&[&raw.0]),
            m::WRITE_DATES_YYYY_YYYY_MM.into(),
        )
    })
}

/// `2019`, `2019-10` or `2019-10-01`. Orders by year, then month, then day, with a bare
/// year sorting before its months.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub(crate) struct PartialDate {
    /// The year, 1000–9999.
    pub year: u16,
    /// The month, 1–12, when known.
    pub month: Option<u8>,
    /// The day of the month, when known.
    pub day: Option<u8>,
}

impl PartialDate {
    /// Reads `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; `None` for anything else or an impossible day.
    pub(crate) fn parse(text: &str) -> Option<PartialDate> {
        let mut parts = text.trim().split('-');
        let year = number(parts.next()?, 4)?;
        let month = match parts.next() {
            Some(m) => Some(u8::try_from(number(m, 2)?).ok()?),
            None => None,
        };
        let day = match parts.next() {
            Some(d) => Some(u8::try_from(number(d, 2)?).ok()?),
            None => None,
        };
        if parts.next().is_some() || year < 1000 {
            return None;
        }
        if let Some(m) = month {
            if !(1..=12).contains(&m) {
                return None;
            }
            if let Some(d) = day {
                if d == 0 || d > days_in_month(year, m) {
                    return None;
                }
            }
        }
        Some(PartialDate { year, month, day })
    }
}

impl PartialDate {
    /// Whole months from this date to `later`; a missing month counts as January and a
    /// missing day as the first, and a day not yet reached takes a month off.
    pub(crate) fn months_until(self, later: PartialDate) -> i32 {
        let months = |d: PartialDate| i32::from(d.year) * 12 + i32::from(d.month.unwrap_or(1));
        let early = i32::from(later.day.unwrap_or(1) < self.day.unwrap_or(1));
        months(later) - months(self) - early
    }
}

impl PartialDate {
    /// Whether `self` is surely before `other`, compared as far as both are known: 2020 is not
    /// before 2020-05, but 2020-04 is.
    pub(crate) fn is_before(self, other: PartialDate) -> bool {
        let known = |d: PartialDate, month: bool, day: bool| {
            (
                d.year,
                d.month.filter(|_| month).unwrap_or(0),
                d.day.filter(|_| day).unwrap_or(0),
            )
        };
        let month = self.month.is_some() && other.month.is_some();
        let day = month && self.day.is_some() && other.day.is_some();
        known(self, month, day) < known(other, month, day)
    }

    /// True when the whole of this date, to its last day, lies before `today`: `2024` is
    /// past only once 2025 has begun.
    pub(crate) fn is_past(self, today: PartialDate) -> bool {
        match (self.month, self.day) {
            (Some(month), Some(day)) => {
                (self.year, month, day)
                    < (today.year, today.month.unwrap_or(1), today.day.unwrap_or(1))
            }
            (Some(month), None) => (self.year, month) < (today.year, today.month.unwrap_or(1)),
            _ => self.year < today.year,
        }
    }
}

/// Today's date, in the computer's own time zone. Only warnings depend on it, never a page,
/// so a build stays the same whenever it runs.
pub(crate) fn today() -> PartialDate {
    let date = jiff::Zoned::now().date();
    PartialDate {
        year: u16::try_from(date.year()).unwrap_or(2000),
        month: u8::try_from(date.month()).ok(),
        day: u8::try_from(date.day()).ok(),
    }
}

fn number(text: &str, digits: usize) -> Option<u16> {
    if text.len() == digits && text.bytes().all(|b| b.is_ascii_digit()) {
        text.parse().ok()
    } else {
        None
    }
}

fn days_in_month(year: u16, month: u8) -> u8 {
    match month {
        2 if year.is_multiple_of(4) && (!year.is_multiple_of(100) || year.is_multiple_of(400)) => {
            29
        }
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

impl fmt::Display for PartialDate {
    /// The ISO form, as in `<time datetime="…">`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}", self.year)?;
        if let Some(m) = self.month {
            write!(f, "-{m:02}")?;
        }
        if let Some(d) = self.day {
            write!(f, "-{d:02}")?;
        }
        Ok(())
    }
}

/// A date as written in front matter, before it is checked: YAML may read `2014` as a number.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub(crate) struct RawDate(pub String);

impl<'de> Deserialize<'de> for RawDate {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        #[derive(Deserialize)]
        #[serde(untagged)]
        enum Either {
            Text(String),
            Number(u64),
        }
        Ok(RawDate(match Either::deserialize(deserializer)? {
            Either::Text(text) => text,
            Either::Number(n) => n.to_string(),
        }))
    }
}

impl Serialize for PartialDate {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_the_three_forms() {
        let day = PartialDate::parse("2019-10-01").expect("day");
        assert_eq!((day.year, day.month, day.day), (2019, Some(10), Some(1)));
        assert_eq!(
            PartialDate::parse("2017-03").map(|d| d.month),
            Some(Some(3))
        );
        assert_eq!(PartialDate::parse("2014").map(|d| d.month), Some(None));
    }

    #[test]
    fn refuses_what_is_not_a_date() {
        for bad in [
            "hösten 2013",
            "2019-13",
            "2019-02-30",
            "19-10-01",
            "2019/10/01",
            "",
            "2019-1-1",
        ] {
            assert_eq!(PartialDate::parse(bad), None, "{bad}");
        }
        assert!(PartialDate::parse("2020-02-29").is_some());
        assert!(PartialDate::parse("2019-02-29").is_none());
    }

    #[test]
    fn a_date_is_past_when_its_last_day_is() {
        let date = |text| PartialDate::parse(text).expect("date");
        let today = date("2025-06-15");
        assert!(date("2024").is_past(today));
        assert!(!date("2025").is_past(today));
        assert!(date("2025-05").is_past(today));
        assert!(!date("2025-06").is_past(today));
        assert!(date("2025-06-14").is_past(today));
        assert!(!date("2025-06-15").is_past(today));
    }

    #[test]
    fn counts_whole_months() {
        let date = |text| PartialDate::parse(text).expect("date");
        assert_eq!(date("2024-03-15").months_until(date("2025-03-15")), 12);
        assert_eq!(date("2024-03-15").months_until(date("2025-03-14")), 11);
        assert_eq!(date("2024").months_until(date("2025-02")), 13);
    }

    #[test]
    fn displays_iso_and_sorts_year_before_its_months() {
        let year = PartialDate::parse("2017").expect("year");
        let month = PartialDate::parse("2017-03").expect("month");
        assert!(year < month);
        assert_eq!(month.to_string(), "2017-03");
    }

    #[test]
    fn is_before_only_as_far_as_both_dates_are_known() {
        let date = |text| PartialDate::parse(text).expect("date");
        assert!(date("2020").is_before(date("2021-01")));
        assert!(!date("2020").is_before(date("2020-05")));
        assert!(!date("2020-05").is_before(date("2020")));
        assert!(date("2020-04").is_before(date("2020-05")));
        assert!(!date("2020-05-02").is_before(date("2020-05")));
        assert!(date("2020-05-01").is_before(date("2020-05-02")));
    }
}
