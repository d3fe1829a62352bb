// A site's page is the same for every reader (it comes from the shared cache). For a browser
// signed in here (the folio_reader cookie says so, without saying who), this asks once for the
// reader's own parts — the admin bar, "Log Out", "Edit" links, their Like and follow buttons, the
// comment form's identity — and puts each where the page marks its place with data-personal.
// Without JavaScript the page stays as everyone sees it, and its links still lead to each action.
(() => {
    const script = document.currentScript;
    if (!/(?:^|; )(?:__Host-)?folio_reader=/.test(document.cookie)) return;

    // The hint outlived the session (ended elsewhere, or expired): stop asking.
    function forgetHint() {
        document.cookie = "folio_reader=; Max-Age=0; Path=/; SameSite=Lax";
        document.cookie = "__Host-folio_reader=; Max-Age=0; Path=/; SameSite=Lax; Secure";
    }

    function fill(root, parts) {
        for (const slot of parts.querySelectorAll("[data-slot]")) {
            for (const place of root.querySelectorAll(`[data-personal="${slot.dataset.slot}"]`)) {
                place.replaceWith(...Array.from(slot.childNodes, (node) => document.importNode(node, true)));
            }
        }
        // A signed-in reader is known: the guest's name, email and website are not asked.
        root.querySelectorAll("[data-guest-only]").forEach((field) => field.remove());
        root.querySelectorAll("form[data-remember]").forEach((form) => form.dataset.remember = "");
    }

    fetch(script.dataset.personalParts, { credentials: "same-origin" })
        .then((answer) => answer.ok ? answer.text() : Promise.reject(new Error(`No personal parts (${answer.status}).`)))
        .then((html) => {
            const parts = new DOMParser().parseFromString(html, "text/html");
            if (!parts.querySelector("[data-slot]")) {
                forgetHint();
                return;
            }
            fill(document, parts);
            // Parts of the page shown again (comments.js after a comment) get the reader's parts too.
            document.addEventListener("folio:replaced", (event) => fill(event.target, parts));
        })
        // The page stays as everyone sees it; each of its links still leads to the action.
        .catch(() => {});
})();
