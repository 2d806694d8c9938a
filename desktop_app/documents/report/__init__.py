"""The summary report as a Party document, with its appendix and chart."""
