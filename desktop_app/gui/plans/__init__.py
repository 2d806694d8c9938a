"""The Plans tab (Kế hoạch): its table models and the plan and target dialogs."""
