//! Swedish organisation numbers (organisationsnummer): ten digits written `NNNNNN-NNNN`, the
//! last a check digit by the Luhn algorithm, the third and fourth digits 20 or more. A
//! personal identity number (personnummer, `ÅÅMMDD-NNNN`) has the same shape, but a month
//! there (01–12): it is told apart by those digits, and refused as what it is, a person's
//! number, which a list that is published must not hold. One check for the publisher's
//! number in `site.yaml` and the organisations that joined a compact.

/// What is wrong with an organisation number.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Wrong {
    /// Not ten digits in the form `NNNNNN-NNNN`.
    Form,
    /// The ten digits do not end in their check digit.
    CheckDigit,
    /// A personal identity number (its third and fourth digits are a month), not an
    /// organisation's: it names a person, and must not be published.
    PersonalNumber,
}

/// A Swedish organisation number, checked: ten digits, the last the Luhn check digit of the
/// nine before it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct OrganisationNumber {
    /// The ten digits, without the hyphen.
    digits: String,
}

impl OrganisationNumber {
    /// Reads `NNNNNN-NNNN`. The hyphen may be left out, and `16` written before it.
    pub(crate) fn parse(text: &str) -> Result<OrganisationNumber, Wrong> {
        let text = text.trim();
        if is_personal_number(text) {
            return Err(Wrong::PersonalNumber);
        }
        let mut digits: Vec<u32> = text
            .chars()
            .filter(|c| *c != '-')
            .map(|c| c.to_digit(10))
            .collect::<Option<_>>()
            .ok_or(Wrong::Form)?;
        // Twelve digits begin with 16, the "century" some registers write before the number.
        let century = digits.len() == 12 && digits[..2] == [1, 6];
        if century {
            digits.drain(..2);
        }
        let hyphen_ok = match text.find('-') {
            None => true,
            Some(at) => at == 6 + 2 * usize::from(century) && text.matches('-').count() == 1,
        };
        if digits.len() != 10 || !hyphen_ok || digits[2] < 2 {
            return Err(Wrong::Form);
        }
        if !luhn(&digits) {
            return Err(Wrong::CheckDigit);
        }
        let digits = digits
            .iter()
            .filter_map(|d| char::from_digit(*d, 10))
            .collect();
        Ok(OrganisationNumber { digits })
    }

    /// The ten digits without the hyphen, as the data portal writes them.
    pub(crate) fn digits(&self) -> &str {
        &self.digits
    }

    /// The number as Swedes write it: `NNNNNN-NNNN`.
    pub(crate) fn written(&self) -> String {
        format!("{}-{}", &self.digits[..6], &self.digits[6..])
    }

    /// The kind of publisher the number's first digits tell, as a word of the ADMS publisher
    /// types: municipalities have numbers from 212000-, regions from 232100-, the state's
    /// agencies from 202100-, and non-profit associations and foundations start with 8.
    pub(crate) fn publisher_type(&self) -> Option<&'static str> {
        let d = &self.digits;
        if d.starts_with("2120") {
            Some("LocalAuthority")
        } else if d.starts_with("2321") {
            Some("RegionalAuthority")
        } else if d.starts_with("2021") {
            Some("NationalAuthority")
        } else if d.starts_with('8') {
            Some("NonProfitOrganisation")
        } else {
            None
        }
    }
}

/// The organisation number in `text` as `NNNNNN-NNNN` (see [`OrganisationNumber::parse`]).
pub(crate) fn parse(text: &str) -> Result<String, Wrong> {
    OrganisationNumber::parse(text).map(|n| n.written())
}

/// True when `text` is written as a personal identity number is: `ÅÅMMDD-NNNN` (or `+`
/// for someone over a hundred, or no sign), or with the century, `ÅÅÅÅMMDD-NNNN`, the
/// month 01–12 and the day 01–31 (61–91 for a coordination number, samordningsnummer).
/// An organisation number has 20 or more where the month would be.
fn is_personal_number(text: &str) -> bool {
    let digits: String = text.chars().filter(char::is_ascii_digit).collect();
    let signs: Vec<(usize, char)> = text
        .char_indices()
        .filter(|(_, c)| !c.is_ascii_digit())
        .collect();
    let date = match digits.len() {
        10 => &digits[..6],
        12 if matches!(&digits[..2], "18" | "19" | "20") => &digits[2..8],
        _ => return false,
    };
    let sign_ok = match signs.as_slice() {
        [] => true,
        [(at, '-' | '+')] => *at == digits.len() - 4,
        _ => false,
    };
    let number = |range: std::ops::Range<usize>| date[range].parse::<u32>().unwrap_or(0);
    let (month, day) = (number(2..4), number(4..6));
    sign_ok && (1..=12).contains(&month) && ((1..=31).contains(&day) || (61..=91).contains(&day))
}

/// True when the last digit is the Luhn check digit of the others.
fn luhn(digits: &[u32]) -> bool {
    let sum: u32 = digits
        .iter()
        .rev()
        .enumerate()
        .map(|(i, d)| {
            if i % 2 == 1 {
                let doubled = d * 2;
                doubled / 10 + doubled % 10
            } else {
                *d
            }
        })
        .sum();
    sum.is_multiple_of(10)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_personal_number_is_told_apart_by_its_month() {
        for person in [
            "191212-1212",
            "1912121212",
            "19191212-1212",
            "191212+1212",
            "811218-9876",
            "191272-1219",
            "191212-1213",
        ] {
            assert_eq!(parse(person), Err(Wrong::PersonalNumber), "{person}");
        }
        // The third and fourth digits of an organisation's number are 20 or more.
        assert_eq!(parse("802480-1238").as_deref(), Ok("802480-1238"));
        assert_eq!(
            parse("191312-1212"),
            Err(Wrong::Form),
            "no month, no organisation"
        );
        assert_eq!(parse("191200-1212"), Err(Wrong::Form), "no day");
    }

    #[test]
    fn real_numbers_pass() {
        // Värmdö kommun and Malmö stad, as they publish them.
        assert_eq!(parse("212000-0035").as_deref(), Ok("212000-0035"));
        assert_eq!(parse("2120001124").as_deref(), Ok("212000-1124"));
        assert_eq!(parse("16212000-0035").as_deref(), Ok("212000-0035"));
        assert_eq!(parse("162120000035").as_deref(), Ok("212000-0035"));
    }

    #[test]
    fn a_wrong_digit_or_form_is_named() {
        assert_eq!(parse("212000-0036"), Err(Wrong::CheckDigit));
        assert_eq!(parse("21200-00035"), Err(Wrong::Form));
        assert_eq!(parse("212000-003"), Err(Wrong::Form));
        assert_eq!(parse("abc"), Err(Wrong::Form));
        assert_eq!(parse("212000-00 35"), Err(Wrong::Form));
        assert_eq!(
            parse("162120-000035"),
            Err(Wrong::Form),
            "the hyphen misplaced"
        );
    }
}
