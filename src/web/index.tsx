// Placeholder browser page: replaced by the real upload-and-check page. Runs without Office.
import { Text } from "@fluentui/react";
import { createRoot } from "react-dom/client";

function App() {
  return <Text variant="xLarge">安居台账核查（网页版）</Text>;
}

const container = document.getElementById("root");
if (container) createRoot(container).render(<App />);
