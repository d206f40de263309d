"""The Stock screen: product look-up (name, SKU or barcode; the cache as you type, the server's merged in),
a product's price and this store's stock from the cache (offline too, with its age), and every store's
availability live from the server (or as last seen). Only the shell (main_window) imports it; it asks for
"order for pickup" and "add to the customer's online cart" by signals the shell connects."""
