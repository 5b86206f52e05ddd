//! What `site.yaml` says for the metadata of the open data (the DCAT-AP-SE catalog that
//! Sweden's data portal harvests): the publisher's organisation number, a contact for the
//! data and the data's licence; and the checks that say what the portal still needs.

use serde_saphyr::Spanned;

use super::checks::{address_kind, Address, Check};
use crate::diagnostics::{did_you_mean, Problem, Problems};
use crate::messages as m;
use crate::orgnr::{OrganisationNumber, Wrong};

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
        let organisation_number = file.organisation_number.and_then(|value| {
            let written = value.value.trim();
            let why = match OrganisationNumber::parse(written) {
                Ok(number) => return Some(number),
                Err(Wrong::Form) => m::ORGANISATION_NUMBER_FORM,
                Err(Wrong::CheckDigit) => m::ORGANISATION_NUMBER_CHECK_DIGIT,
                Err(Wrong::PersonalNumber) => m::ORG_NUMBER_PERSONAL,
            };
            problems.push(self.at_value(
                value,
                why.with(&[&written]),
                m::WRITE_ORGANISATION_NUMBER,
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
                m::DATA_CONTACT_NOT_EMAIL.with(&[&written]),
                m::WRITE_DATA_CONTACT,
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
            Some(near) => m::DID_YOU_MEAN_VALUE.with(&[&near, &list]),
            None => m::ALLOWED_VALUES.with(&[&list]),
        };
        problems.push(self.at_value(
            value,
            m::UNKNOWN_DATA_LICENSE.with(&[&written]),
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
        if !written_number {
            problems.push(
                Problem::in_file(
                    std::path::Path::new("site.yaml"),
                    m::HARVEST_NEEDS_ORGANISATION_NUMBER.with(&[&catalog]),
                )
                .with_hint(m::WRITE_ORGANISATION_NUMBER_FOR_HARVEST)
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
                m::HARVEST_NEEDS_REAL_ADDRESS.with(&[&catalog, &written]),
                m::WRITE_BASE_URL,
                true,
            ));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn licences_have_the_addresses_the_portal_knows() {
        assert_eq!(License::default().key(), "CC0-1.0");
        for license in License::ALL {
            let iri = license.iri();
            assert!(iri.starts_with("http://") && iri.ends_with('/'), "{iri}");
        }
    }
}
