// A site's primary menu on a narrow screen: folded behind a "Menu" button that says whether it
// is open (aria-expanded). Without this script the menu is simply shown, and wraps.
(() => {
    const narrow = window.matchMedia("(max-width: 40rem)");
    for (const nav of document.querySelectorAll("[data-site-menu]")) {
        const toggle = nav.querySelector(".site-menu-toggle");
        if (!toggle) continue;
        const list = document.getElementById(toggle.getAttribute("aria-controls"));
        const show = (open) => {
            toggle.setAttribute("aria-expanded", String(open));
            list.hidden = !open;
        };
        const fit = () => {
            toggle.hidden = !narrow.matches;
            show(!narrow.matches);
        };
        toggle.addEventListener("click", () => show(toggle.getAttribute("aria-expanded") !== "true"));
        nav.addEventListener("keydown", (event) => {
            if (event.key === "Escape" && narrow.matches && !list.hidden) {
                show(false);
                toggle.focus();
            }
        });
        narrow.addEventListener("change", fit);
        fit();
    }
})();
