"""The comparison engine: pure logic, no Textual import."""
