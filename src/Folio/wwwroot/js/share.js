// "Copy link" under a post: copies the permalink and says so (role=status, read out by screen
// readers). Without JavaScript, or without the clipboard (a page not served over HTTPS), the
// button stays hidden and the permalink is in the field beside it, to select and copy.
(() => {
    const section = document.getElementById("share");
    const button = section && section.querySelector(".share-copy");
    if (!button || !navigator.clipboard) return;
    const field = section.querySelector(".share-url");
    const status = section.querySelector(".share-status");
    button.hidden = false;
    field.addEventListener("focus", () => field.select());
    button.addEventListener("click", async () => {
        status.textContent = ""; // the same words again are announced again
        try {
            await navigator.clipboard.writeText(field.value);
            status.textContent = section.dataset.copied;
        } catch {
            field.focus();
            status.textContent = section.dataset.notCopied;
        }
    });
})();
