// Fills a form's hidden time-zone field with the browser's IANA zone, so a new site starts on
// its owner's clock. Without JavaScript the field stays empty and the site starts on UTC.
(() => {
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    if (!zone) return;
    for (const field of document.querySelectorAll("input[data-browser-time-zone]")) {
        if (!field.value) field.value = zone;
    }
})();
