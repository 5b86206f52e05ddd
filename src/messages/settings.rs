//! Messages about site.yaml: the settings, the brand colours, the logo.

use super::Msg;

pub(crate) const LOGO_NOT_STATIC: Msg = Msg::new(
    "logotypen finns inte i static/:",
    "the logo is not in static/:",
);
pub(crate) const PUT_IMAGE_FILE_STATIC_FOLDER: Msg = Msg::new("lägg bildfilen i mappen static/ i webbplatsens mapp och skriv dess namn, till exempel logo: logo.svg", "put the image file in the static/ folder of the site and write its name, for example logo: logo.svg");
pub(crate) const SITE_READABLE_HAVE_COLOUR_ITSELF: Msg = Msg::new("webbplatsen är läsbar som den är; vill du ha färgen själv, välj en mörkare nyans ur kommunens grafiska profil", "the site is readable as it is; to have the colour itself, choose a darker shade from the organisation's visual identity");
pub(crate) const SITE_YAML_MISSING_NOT_OVERENS: Msg = Msg::new(
    "site.yaml saknas: det här är ingen webbplats för overens",
    "site.yaml is missing: this is not an overens site",
);
pub(crate) const START_NEW_SITE_OVERENS_INIT: Msg = Msg::new("starta en ny webbplats med overens init, eller gå till webbplatsens mapp (eller ange den med --root)", "start a new site with overens init, or go to the site's folder (or give it with --root)");
pub(crate) const WRITE_COLOUR_RRGGBB_ORGANISATION_S: Msg = Msg::new(
    "skriv färgen som #rrggbb med kommunens grafiska profil som förlaga, till exempel #00517a",
    "write the colour as #rrggbb from the organisation's visual identity, for example #00517a",
);
pub(crate) const COLOUR_UNREADABLE: Msg = Msg::new(
    "färgen går inte att läsa; skriv den som #rrggbb, till exempel #00517a",
    "the colour cannot be read; write it as #rrggbb, for example #00517a",
);
pub(crate) const BACKGROUND_TOO_DARK: Msg = Msg::new(
    "texten blir för svår att läsa mot den; en ljus grå används i stället",
    "text would be too hard to read on it; a light grey is used instead",
);
/// The primary colour's contrast against white and the colour links get instead.
pub(crate) const PRIMARY_LOW_CONTRAST: Msg = Msg::new(
    "kontrasten mot vit (och ljusa rutor) är {}:1, under 4,5:1; länkar visas i stället i {}",
    "its contrast against white (and light boxes) is {}:1, below 4.5:1; links use {} instead",
);
