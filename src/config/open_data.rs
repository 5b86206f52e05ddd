//! What `site.yaml` says for the metadata of the open data (the DCAT-AP-SE catalog that
//! Sweden's data portal harvests): the publisher's organisation number, a contact for the
//! data and the data's licence; and the checks that say what the portal still needs.

use serde_saphyr::Spanned;

use super::checks::{address_kind, Address, Check};
use crate::diagnostics::{did_you_mean, Problem, Problems};
use crate::messages as m;

/// A Swedish organisation number, checked: `NNNNNN-NNNN`, whose last digit is the Luhn check
/// digit of the nine before it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct OrganisationNumber {
    /// The ten digits, without the hyphen.
    digits: String,
}

/// Why a text is not an organisation number.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum NumberFault {
    /// Not six digits, a hyphen and four digits.
    Form,
    /// The check digit does not agree with the others: a digit is mistyped.
    CheckDigit,
}

impl OrganisationNumber {
    /// Reads `NNNNNN-NNNN`.
    pub(crate) fn parse(text: &str) -> Result<OrganisationNumber, NumberFault> {
        let text = text.trim();
        let (head, tail) = text.split_once('-').ok_or(NumberFault::Form)?;
        let all_digits =
            |part: &str, len: usize| part.len() == len && part.bytes().all(|b| b.is_ascii_digit());
        if !all_digits(head, 6) || !all_digits(tail, 4) {
            return Err(NumberFault::Form);
        }
        let digits = format!("{head}{tail}");
        if !luhn(&digits) {
            return Err(NumberFault::CheckDigit);
        }
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

/// True when the last of `digits` is the Luhn check digit of the others: from the first,
/// every other digit is doubled (its digits summed), and the whole sum ends in 0.
fn luhn(digits: &str) -> bool {
    let sum: u32 = digits
        .bytes()
        .map(|b| u32::from(b - b'0'))
        .enumerate()
        .map(|(i, d)| {
            if i.is_multiple_of(2) {
                let twice = d * 2;
                twice / 10 + twice % 10
            } else {
                d
            }
        })
        .sum();
    sum.is_multiple_of(10)
}

/// The licences the open data may be given under: those Sweden's data portal lists for
/// open data, each with the one address the portal knows it by (`http`, ending in `/`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub(crate) enum License {
    /// Creative Commons Zero: no rights kept, what the portal expects of open data.
    #[default]
    Cc0,
    /// Creative Commons Attribution 4.0.
    CcBy,
    /// Creative Commons Attribution-ShareAlike 4.0.
    CcBySa,
}

impl License {
    /// Every licence, in the order the hint lists them.
    const ALL: [License; 3] = [License::Cc0, License::CcBy, License::CcBySa];

    /// The SPDX name written in `site.yaml`.
    pub(crate) fn key(self) -> &'static str {
        match self {
            License::Cc0 => "CC0-1.0",
            License::CcBy => "CC-BY-4.0",
            License::CcBySa => "CC-BY-SA-4.0",
        }
    }

    /// The licence's address, as the data portal identifies it.
    pub(crate) fn iri(self) -> &'static str {
        match self {
            License::Cc0 => "http://creativecommons.org/publicdomain/zero/1.0/",
            License::CcBy => "http://creativecommons.org/licenses/by/4.0/",
            License::CcBySa => "http://creativecommons.org/licenses/by-sa/4.0/",
        }
    }
}

/// The facts of the open data's metadata.
#[derive(Debug, Clone, Default)]
pub(crate) struct OpenData {
    /// The publisher's organisation number, which the data portal knows it by.
    pub(crate) organisation_number: Option<OrganisationNumber>,
    /// Where questions about the data go: an e-mail address.
    pub(crate) contact: Option<String>,
    /// The data's licence.
    pub(crate) license: License,
}

/// `site.yaml`'s keys for the open data, as written.
pub(super) struct OpenDataFile<'a> {
    pub(super) organisation_number: Option<&'a Spanned<String>>,
    pub(super) contact: Option<&'a Spanned<String>>,
    pub(super) license: Option<&'a Spanned<String>>,
}

impl Check<'_> {
    /// Reads the open data's facts; what cannot be read is an error at its value.
    pub(super) fn open_data(&self, file: OpenDataFile<'_>, problems: &mut Problems) -> OpenData {
        let lang = self.lang;
        let organisation_number = file.organisation_number.and_then(|value| {
            let written = value.value.trim();
            let why = match OrganisationNumber::parse(written) {
                Ok(number) => return Some(number),
                Err(NumberFault::Form) => m::ORGANISATION_NUMBER_FORM,
                Err(NumberFault::CheckDigit) => m::ORGANISATION_NUMBER_CHECK_DIGIT,
            };
            problems.push(self.at_value(
                value,
                why.with(lang, &[&written]),
                m::WRITE_ORGANISATION_NUMBER.text(lang),
                false,
            ));
            None
        });
        let contact = file.contact.and_then(|value| {
            let written = value.value.trim();
            let email = written.contains('@') && !written.contains([' ', ':', '/']);
            if email {
                return Some(written.to_owned());
            }
            problems.push(self.at_value(
                value,
                m::DATA_CONTACT_NOT_EMAIL.with(lang, &[&written]),
                m::WRITE_DATA_CONTACT.text(lang),
                false,
            ));
            None
        });
        let license = match file.license {
            None => License::default(),
            Some(value) => self.license(value, problems).unwrap_or_default(),
        };
        OpenData {
            organisation_number,
            contact,
            license,
        }
    }

    fn license(&self, value: &Spanned<String>, problems: &mut Problems) -> Option<License> {
        let written = value.value.trim();
        let found = License::ALL
            .into_iter()
            .find(|l| l.key().eq_ignore_ascii_case(written));
        if found.is_some() {
            return found;
        }
        let keys: Vec<&str> = License::ALL.iter().map(|l| l.key()).collect();
        let list = keys.join(", ");
        let hint = match did_you_mean(written, keys.iter().copied()) {
            Some(near) => format!(
                "{} \"{near}\"? {}: {list}",
                m::DID_YOU_MEAN.text(self.lang),
                m::ALLOWED_VALUES.text(self.lang)
            ),
            None => format!("{}: {list}", m::ALLOWED_VALUES.text(self.lang)),
        };
        problems.push(self.at_value(
            value,
            format!("{} \"{written}\"", m::UNKNOWN_DATA_LICENSE.text(self.lang)),
            hint,
            false,
        ));
        None
    }

    /// What Sweden's data portal needs to harvest the catalog at `catalog` (its path in the
    /// output): the publisher's organisation number, and a whole, real `base_url` for the
    /// catalog's addresses. Only warnings: a site may publish without being harvested.
    pub(super) fn harvest(
        &self,
        written_number: bool,
        open_data: &OpenData,
        base_url: &Spanned<String>,
        catalog: &str,
        problems: &mut Problems,
    ) {
        let lang = self.lang;
        if !written_number {
            problems.push(
                Problem::in_file(
                    std::path::Path::new("site.yaml"),
                    m::HARVEST_NEEDS_ORGANISATION_NUMBER.with(lang, &[&catalog]),
                )
                .with_hint(m::WRITE_ORGANISATION_NUMBER_FOR_HARVEST.text(lang))
                .as_warning(),
            );
            return;
        }
        if open_data.organisation_number.is_none() {
            // Written but wrong: that is an error already.
            return;
        }
        let written = base_url.value.trim();
        let address = format!("{}{catalog}", super::normalize_base_url(written));
        let real =
            address_kind(written) == Address::Published && oxrdf::NamedNode::new(address).is_ok();
        if !real {
            problems.push(self.at_value(
                base_url,
                m::HARVEST_NEEDS_REAL_ADDRESS.with(lang, &[&catalog, &written]),
                m::WRITE_BASE_URL.text(lang),
                true,
            ));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn municipal_numbers_pass_their_check_digit() {
        // Värmdö, Åstorp, Malmö: numbers given on the municipalities' own pages.
        for written in ["212000-0035", "212000-0936", "212000-1124"] {
            let number = OrganisationNumber::parse(written).expect(written);
            assert_eq!(number.written(), written);
            assert_eq!(number.publisher_type(), Some("LocalAuthority"));
        }
        assert_eq!(
            OrganisationNumber::parse("212000-0035").map(|n| n.digits().to_owned()),
            Ok("2120000035".to_owned())
        );
    }

    #[test]
    fn a_mistyped_digit_or_form_is_refused() {
        assert_eq!(
            OrganisationNumber::parse("212000-0036"),
            Err(NumberFault::CheckDigit)
        );
        assert_eq!(
            OrganisationNumber::parse("212100-0035"),
            Err(NumberFault::CheckDigit)
        );
        for form in ["2120000035", "21200-00035", "212000-003", "2120OO-0035", ""] {
            assert_eq!(
                OrganisationNumber::parse(form),
                Err(NumberFault::Form),
                "{form}"
            );
        }
    }

    #[test]
    fn regions_agencies_and_associations_get_their_kind() {
        let kind = |n: &str| {
            OrganisationNumber::parse(n)
                .ok()
                .and_then(|n| n.publisher_type())
        };
        assert_eq!(kind("232100-0255"), Some("RegionalAuthority"));
        assert_eq!(kind("202100-6297"), Some("NationalAuthority"));
        assert_eq!(kind("802000-0009"), Some("NonProfitOrganisation"));
    }

    #[test]
    fn licences_have_the_addresses_the_portal_knows() {
        assert_eq!(License::default().key(), "CC0-1.0");
        for license in License::ALL {
            let iri = license.iri();
            assert!(iri.starts_with("http://") && iri.ends_with('/'), "{iri}");
        }
    }
}
