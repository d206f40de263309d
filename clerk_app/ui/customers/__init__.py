"""Finding and showing a customer: the search bar and its results, the customer 360 and its cards, order history."""
