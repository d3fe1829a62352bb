// The Mastodon server a reader shares on, remembered in their own browser only (localStorage):
// the field is filled with it next time. The form works the same without it.
(() => {
    const key = "folio.mastodon-instance";
    const form = document.querySelector("form.mastodon-share-form");
    if (!form) return;
    const field = form.elements.namedItem("instance");
    try {
        if (field.getAttribute("aria-invalid") === "true") localStorage.removeItem(key);
        else if (!field.value) field.value = localStorage.getItem(key) || "";
        form.addEventListener("submit", () => localStorage.setItem(key, field.value.trim()));
    } catch {
        // Storage refused (a private window, a blocked site): the reader types it each time.
    }
})();
