//! Swedish organisation numbers (organisationsnummer): ten digits written `NNNNNN-NNNN`, the
//! last a check digit by the Luhn algorithm, the third digit 2 or more (which tells them
//! from personal identity numbers). One check for the publisher's number in `site.yaml` and
//! the organisations that joined a compact.

/// What is wrong with an organisation number.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Wrong {
    /// Not ten digits in the form `NNNNNN-NNNN`.
    Form,
    /// The ten digits do not end in their check digit.
    CheckDigit,
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
        assert_eq!(parse("191212-1212"), Err(Wrong::Form), "a personal number");
        assert_eq!(parse("19191212-1212"), Err(Wrong::Form), "with its century");
        assert_eq!(
            parse("162120-000035"),
            Err(Wrong::Form),
            "the hyphen misplaced"
        );
    }
}
