//! Messages of the commands: serve, new, init, and the command line itself.

use super::Msg;

pub(crate) const ADD_LEAST_ONE_TOPIC_CONTENT: Msg = Msg::new(
    "lägg till minst ett ämne i content/topics.yaml; varje princip måste ha ett",
    "add at least one topic to content/topics.yaml; every principle needs one",
);
/// The name.
pub(crate) const ALREADY_USED_SITE_S_OWN: Msg = Msg::new(
    "\"{}\" används redan av webbplatsens egna sidor",
    "\"{}\" is already used by the site's own pages",
);
pub(crate) const CANNOT_WATCH_FILES: Msg =
    Msg::new("kan inte bevaka filerna", "cannot watch the files");
pub(crate) const CREATED: Msg = Msg::new("Skapade:", "Created:");
pub(crate) const CREATE_FOLDER_YOURSELF_UNDER_ANOTHER: Msg = Msg::new(
    "skapa mappen själv med ett annat namn",
    "create the folder yourself under another name",
);
pub(crate) const FILL_FILES_RUN_OVERENS_CHECK: Msg = Msg::new(
    "Fyll i filerna och kör overens check för att se att allt stämmer.",
    "Fill in the files and run overens check to see that all is well.",
);
pub(crate) const FOLDER_ALREADY_EXISTS: Msg =
    Msg::new("mappen finns redan", "the folder already exists");
pub(crate) const FOLDER_COULD_NOT_CREATED: Msg = Msg::new(
    "mappen kunde inte skapas",
    "the folder could not be created",
);
pub(crate) const GIVE_MUNICIPALITY_S_REGION_S: Msg = Msg::new(
    "ange kommunens eller regionens namn, till exempel overens new Örnsköldsvik",
    "give the municipality's or region's name, for example overens new Örnsköldsvik",
);
/// The value as written.
pub(crate) const NO_WEB_ADDRESS_CAN_MADE: Msg = Msg::new(
    "det går inte att göra en webbadress av \"{}\"",
    "no web address can be made of \"{}\"",
);
pub(crate) const OVERENS_NEW_NEVER_OVERWRITES_ANYTHING: Msg = Msg::new(
    "overens new skriver aldrig över något; öppna filerna i mappen och ändra dem där",
    "overens new never overwrites anything; open the files in the folder and edit them there",
);
pub(crate) const SITE_COULD_NOT_BUILT: Msg = Msg::new(
    "Webbplatsen kunde inte byggas",
    "The site could not be built",
);
pub(crate) const SITE_COULD_NOT_BUILT_LAST: Msg = Msg::new(
    "webbplatsen kunde inte byggas; den senaste fungerande visas tills felet är rättat",
    "the site could not be built; the last good one is shown until the problem is fixed",
);
pub(crate) const THERE_ARE_NO_TOPICS: Msg = Msg::new("det finns inga ämnen", "there are no topics");
pub(crate) const WARNING_PREVIEW_VISIBLE_OTHER_MACHINES: Msg = Msg::new(
    "varning: förhandsvisningen syns för andra datorer i nätverket",
    "warning: the preview is visible to other machines on the network",
);
/// HTML pages, other files (data, search index, styles, images), the folder, milliseconds.
pub(crate) const BUILT: Msg = Msg::new(
    "Byggde {} sidor och {} andra filer till {} på {} ms",
    "Built {} pages and {} other files into {} in {} ms",
);
/// Pages and links checked.
pub(crate) const NO_PROBLEMS: Msg = Msg::new(
    "Inga problem: {} sidor och {} länkar kontrollerade",
    "No problems: {} pages and {} links checked",
);
pub(crate) const PORT_TAKEN_USING_ANOTHER: Msg = Msg::new(
    "porten {} är upptagen, använder en annan",
    "port {} is taken, using another",
);
pub(crate) const PORT_TAKEN: Msg = Msg::new(
    "porten {} är upptagen; välj en annan med --port",
    "port {} is taken; choose another with --port",
);
/// The address, the milliseconds.
pub(crate) const PREVIEWING: Msg = Msg::new(
    "Förhandsvisar på {} (byggd på {} ms). Avsluta med Ctrl+C.",
    "Previewing at {} (built in {} ms). Stop with Ctrl+C.",
);
pub(crate) const PREVIEWING_BROKEN: Msg = Msg::new(
    "Förhandsvisar på {}: webbplatsen kunde inte byggas, se ovan. Sidan laddas om av sig själv när felet är rättat. Avsluta med Ctrl+C.",
    "Previewing at {}: the site could not be built, see above. The page reloads by itself once the problem is fixed. Stop with Ctrl+C.",
);
/// Time, files, pages, milliseconds, warnings.
pub(crate) const REBUILT: Msg =
    Msg::new("{} {}: {} sidor på {} ms{}", "{} {}: {} pages in {} ms{}");
/// Time, files, pages, milliseconds, warnings.
pub(crate) const REBUILT_RECOVERED: Msg = Msg::new(
    "{} {}: felet är rättat, webbplatsen byggs igen ({} sidor på {} ms){}",
    "{} {}: the problem is fixed, the site builds again ({} pages in {} ms){}",
);
pub(crate) const REBUILD_ONE_WARNING: Msg = Msg::new(
    ", 1 varning (overens check visar den)",
    ", 1 warning (overens check shows it)",
);
pub(crate) const REBUILD_WARNINGS: Msg = Msg::new(
    ", {} varningar (overens check visar dem)",
    ", {} warnings (overens check shows them)",
);
/// The folder.
pub(crate) const INIT_SITE_EXISTS: Msg = Msg::new(
    "det finns redan en webbplats i {}",
    "there is a site in {} already",
);
pub(crate) const INIT_ELSEWHERE: Msg = Msg::new(
    "overens init skriver aldrig över något; ange en ny, tom mapp: overens init lund-overenskommelse",
    "overens init never overwrites anything; give a new, empty folder: overens init lund-compact",
);
pub(crate) const FILE_COULD_NOT_WRITTEN: Msg =
    Msg::new("filen kunde inte skrivas", "the file could not be written");
pub(crate) const ASK_ORGANISATION: Msg = Msg::new(
    "Organisationens namn (till exempel Lunds kommun): ",
    "The organisation's name (for example Lund Municipality): ",
);
pub(crate) const ASK_BASE_URL: Msg = Msg::new(
    "Webbplatsens adress, om du vet den (till exempel https://www.lund.se/overenskommelsen/): ",
    "The site's address, if you know it (for example https://www.lund.se/compact/): ",
);
/// The folder.
pub(crate) const INIT_CREATED: Msg =
    Msg::new("Skapade en ny webbplats i {}:", "Created a new site in {}:");
/// The folder, for the next command.
pub(crate) const INIT_NEXT: Msg = Msg::new(
    "Nästa steg:
  1. cd {}
  2. overens new \"Kommunens namn\"    (en mapp för överenskommelsen, med en exempelprincip)
  3. overens serve                    (förhandsvisa medan du skriver)
  4. overens check --deny-warnings    (är allt klart att publicera?)
  5. overens build                    (mappen output/ är webbplatsen som laddas upp)
Guiden redaktorsguide.md i mappen beskriver varje steg.",
    "Next:
  1. cd {}
  2. overens new \"Municipality name\"  (a folder for the compact, with an example principle)
  3. overens serve                    (preview while you write)
  4. overens check --deny-warnings    (is everything ready to publish?)
  5. overens build                    (the output/ folder is the site to upload)
The guide redaktorsguide.md (in Swedish) in the folder describes each step.",
);
pub(crate) const INIT_NEEDS_ORGANISATION: Msg = Msg::new(
    "ange organisationens namn: overens init --organisation \"Lunds kommun\"",
    "give the organisation's name: overens init --organisation \"Lund Municipality\"",
);
