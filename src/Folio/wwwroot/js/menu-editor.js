// The menu editor's quicker ways to do what its buttons do: dragging items by their handle, and
// Enter in the custom link's fields adding the link. A drop sends the new order (each item's
// former position and its new depth) as the form's "arrange" action; the server checks it.
(() => {
    const form = document.querySelector("[data-menu-editor]");
    if (!form) return;

    const addLink = form.querySelector("[data-add-link]");
    addLink.addEventListener("keydown", (event) => {
        if (event.key === "Enter" && event.target.matches("input")) {
            event.preventDefault();
            addLink.querySelector("[data-add-link-button]").click();
        }
    });

    const list = form.querySelector("[data-menu-items]");
    const rows = () => [...list.children];
    const depthOf = (row) => Number(row.dataset.depth);
    // An item and the items under it move together.
    const blockOf = (row) => {
        const block = [row];
        for (let next = row.nextElementSibling; next && depthOf(next) > depthOf(row); next = next.nextElementSibling) block.push(next);
        return block;
    };

    let dragged = null;
    for (const row of rows()) {
        const handle = document.createElement("span");
        handle.className = "menu-item-handle";
        handle.draggable = true;
        handle.setAttribute("aria-hidden", "true");
        handle.title = list.dataset.dragHint || "";
        handle.textContent = "⠿";
        row.prepend(handle);
        handle.addEventListener("dragstart", (event) => {
            dragged = row;
            event.dataTransfer.effectAllowed = "move";
            event.dataTransfer.setData("text/plain", row.dataset.index);
            event.dataTransfer.setDragImage(row, 0, 0);
            row.classList.add("is-dragged");
        });
        handle.addEventListener("dragend", () => {
            row.classList.remove("is-dragged");
            dragged = null;
        });
        row.addEventListener("dragover", (event) => {
            if (!dragged || blockOf(dragged).includes(row)) return;
            event.preventDefault();
            const after = event.clientY > row.getBoundingClientRect().top + row.offsetHeight / 2;
            row.classList.toggle("drop-before", !after);
            row.classList.toggle("drop-after", after);
        });
        row.addEventListener("dragleave", () => row.classList.remove("drop-before", "drop-after"));
        row.addEventListener("drop", (event) => {
            if (!dragged || blockOf(dragged).includes(row)) return;
            event.preventDefault();
            const after = row.classList.contains("drop-after");
            row.classList.remove("drop-before", "drop-after");
            const block = blockOf(dragged);
            // Dropped after an item that has items under it, the block goes after all of them.
            const anchor = after ? blockOf(row).at(-1).nextElementSibling : row;
            for (const moving of block) list.insertBefore(moving, anchor);
            // A single item takes the depth of the row it was dropped beside; an item with items under it stays at the top.
            if (block.length === 1) dragged.dataset.depth = String(depthOf(row));
            const ordered = rows();
            if (ordered.length) ordered[0].dataset.depth = "0";
            form.querySelector("[data-arrangement]").value = ordered.map((r) => `${r.dataset.index}:${r.dataset.depth}`).join(",");
            const action = document.createElement("input");
            action.type = "hidden";
            action.name = "action";
            action.value = "arrange";
            form.append(action);
            form.submit();
        });
    }
})();
