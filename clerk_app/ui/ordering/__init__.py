"""Ordering for a customer when this store cannot give them what they want (API.md v1.1 "Mutations (added)").

`dialogs` has the two forms the window opens: "Order for pickup at…" (`order.place_pickup.v1`: the customer,
the quantity, and the store they collect at, chosen by its stock) and "Add to the customer's online cart"
(`cart.add_line.v1`). Both queue their action through the outbox like any counter action, so they work offline
and show at once as waiting to sync. `customer_choice` picks the customer (the one open, or a search of this
computer's customers); `stores` lists the chain's stores with the SKU's stock, live when online, else as last
seen (`SeenStock` remembers the last live answer per SKU for the session).

Only the shell (main_window.py) imports this package.
"""
