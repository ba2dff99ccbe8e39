"""The full-screen views and dialogs of the app."""
