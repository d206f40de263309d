"""Pickup slips and bag labels: their layouts, printing them and previewing them."""
