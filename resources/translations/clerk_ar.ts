<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name></name>
    <message>
        <location filename="../../clerk_app/ui/pickup_dialogs.py" line="53"/>
        <source>PickupDialogs</source>
        <comment>One fewer</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/pickup_dialogs.py" line="54"/>
        <source>PickupDialogs</source>
        <comment>One more</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/pickup_queue_model.py" line="190"/>
        <source>overdue %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/pickup_queue_model.py" line="190"/>
        <source>ready in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/pickup_queue_model.py" line="192"/>
        <source>past collect-by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/pickup_queue_model.py" line="192"/>
        <source>collect within %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/pickup_queue_model.py" line="199"/>
        <source>picked up %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/pickup_queue_model.py" line="199"/>
        <source>cancelled %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/pickup_queue_model.py" line="199"/>
        <source>no-show %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/pickup_queue_model.py" line="200"/>
        <source>restocked %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/dashboard_charts.py" line="41"/>
        <source>Dashboard</source>
        <comment>1–4 h</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/dashboard_charts.py" line="42"/>
        <source>Dashboard</source>
        <comment>4–24 h</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/dashboard_charts.py" line="42"/>
        <source>Dashboard</source>
        <comment>1–3 days</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/dashboard_charts.py" line="43"/>
        <source>Dashboard</source>
        <comment>Over 3 days</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/dashboard_charts.py" line="183"/>
        <source>Dashboard</source>
        <comment>Created</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/dashboard_charts.py" line="184"/>
        <source>Dashboard</source>
        <comment>Picked up</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActivityPage</name>
    <message>
        <location filename="../../clerk_app/ui/activity.py" line="66"/>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/activity.py" line="70"/>
        <location filename="../../clerk_app/ui/activity.py" line="227"/>
        <source>Work offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/activity.py" line="72"/>
        <source>Stop using the network until you choose to sync again (everything you do is kept on this computer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/activity.py" line="75"/>
        <source>Sync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/activity.py" line="76"/>
        <location filename="../../clerk_app/ui/activity.py" line="230"/>
        <source>Send what waits and fetch what is new, right away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/activity.py" line="95"/>
        <source>Waiting to sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/activity.py" line="96"/>
        <source>Done at this counter and saved here; sent to the store server as soon as it can be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/activity.py" line="112"/>
        <source>Nothing is waiting: everything done here has reached the store server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/activity.py" line="121"/>
        <source>Conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/activity.py" line="122"/>
        <source>Actions the store server could not apply, and what it says now. Decide for each: open the record, try again, or dismiss it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/activity.py" line="134"/>
        <source>No conflicts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/activity.py" line="141"/>
        <source>Sync log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/activity.py" line="142"/>
        <source>What the sync did since Clerk started, newest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/activity.py" line="172"/>
        <source>The oldest %1 of %2 are shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/activity.py" line="201"/>
        <source>Connected to the store server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/activity.py" line="202"/>
        <source>The store server cannot be reached; Clerk keeps trying.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/activity.py" line="203"/>
        <source>Working offline: nothing is sent until you sync again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/activity.py" line="204"/>
        <source>The store server no longer accepts this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/activity.py" line="205"/>
        <source>The store server answers with errors; Clerk keeps trying.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/activity.py" line="211"/>
        <source>last synced %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/activity.py" line="212"/>
        <source>not synced yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/activity.py" line="222"/>
        <source>Sync requested.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/activity.py" line="227"/>
        <source>Go back online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/activity.py" line="229"/>
        <source>Go back online first</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApprovalDialog</name>
    <message>
        <location filename="../../clerk_app/ui/approval.py" line="76"/>
        <source>Manager approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/approval.py" line="80"/>
        <source>A manager must approve: %1 for order %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/approval.py" line="91"/>
        <source>The manager types their own password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/approval.py" line="99"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/approval.py" line="104"/>
        <source>A manager must sign in on this computer once before they can approve here. Ask a manager to sign in (Lock, then Switch staff), then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/approval.py" line="109"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/approval.py" line="116"/>
        <source>Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/approval.py" line="117"/>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/approval.py" line="119"/>
        <source>The action is recorded in the manager&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/approval.py" line="120"/>
        <location filename="../../clerk_app/ui/approval.py" line="183"/>
        <source>Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/approval.py" line="143"/>
        <source>The manager types their password to approve.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/approval.py" line="171"/>
        <source>That password doesn&apos;t match %1&apos;s. Nothing was done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../clerk_app/ui/approval.py" line="173"/>
        <source>Too many wrong passwords. Try again in %n minute(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../clerk_app/ui/approval.py" line="175"/>
        <source>%1 hasn&apos;t signed in on this computer in the last %n hour(s). They need to sign in here once more before they can approve.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/approval.py" line="183"/>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ArrivalDialog</name>
    <message>
        <location filename="../../clerk_app/ui/pickup_dialogs.py" line="309"/>
        <source>Customer arrived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/pickup_dialogs.py" line="312"/>
        <source>%1 is here for order %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/pickup_dialogs.py" line="315"/>
        <source>Note (optional), for example: waiting in the car, blue van</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/pickup_dialogs.py" line="318"/>
        <source>Record arrival</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <location filename="../../clerk_app/ui/main_window.py" line="58"/>
        <source>Close this message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CancelDialog</name>
    <message>
        <location filename="../../clerk_app/ui/pickup_manager.py" line="39"/>
        <location filename="../../clerk_app/ui/pickup_manager.py" line="64"/>
        <source>Cancel order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/pickup_manager.py" line="43"/>
        <source>Cancel order %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/pickup_manager.py" line="45"/>
        <source>The customer is told the order is cancelled, and its items go back to stock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/pickup_manager.py" line="51"/>
        <source>Choose a reason…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/pickup_manager.py" line="55"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/pickup_manager.py" line="58"/>
        <source>Details (needed for Other)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/pickup_manager.py" line="60"/>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/pickup_manager.py" line="66"/>
        <source>Keep the order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/pickup_manager.py" line="80"/>
        <source>Choose why the order is cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/pickup_manager.py" line="82"/>
        <source>Say in a few words why the order is cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CartCard</name>
    <message>
        <location filename="../../clerk_app/ui/customer_cards.py" line="208"/>
        <source>Online cart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/customer_cards.py" line="229"/>
        <source>No online cart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/customer_cards.py" line="232"/>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/customer_cards.py" line="232"/>
        <source>Abandoned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/customer_cards.py" line="233"/>
        <source>Ordered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/customer_cards.py" line="236"/>
        <source>%1 · updated %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/customer_cards.py" line="238"/>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/customer_cards.py" line="238"/>
        <source>Qty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/customer_cards.py" line="238"/>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/customer_cards.py" line="238"/>
        <source>In this store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/customer_cards.py" line="255"/>
        <source>Not stocked here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/customer_cards.py" line="257"/>
        <source>None available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/customer_cards.py" line="259"/>
        <source>Only %1 available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/customer_cards.py" line="261"/>
        <source>%1 available</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClerkContext</name>
    <message>
        <location filename="../../clerk_app/ui/session.py" line="164"/>
        <source>An action could not be applied by the store server. See Activity.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictItem</name>
    <message>
        <location filename="../../clerk_app/ui/activity_items.py" line="119"/>
        <source>Now:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/activity_items.py" line="124"/>
        <source>Tried by %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/activity_items.py" line="128"/>
        <source>The store server says: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/activity_items.py" line="134"/>
        <source>Open the record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/activity_items.py" line="137"/>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/activity_items.py" line="138"/>
        <source>Send the same action again, as you, now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/activity_items.py" line="141"/>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/activity_items.py" line="142"/>
        <source>Accept the store server&apos;s version and remove this from the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/activity_items.py" line="174"/>
        <source>Queued again: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionStatus</name>
    <message>
        <location filename="../../clerk_app/ui/main_window.py" line="86"/>
        <source>Open Activity: what waits to sync, conflicts and the sync log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/main_window.py" line="98"/>
        <source>Connected to the store server; changes arrive within a second.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/main_window.py" line="99"/>
        <source>The store server cannot be reached. Keep working: what you do is saved here and syncs when the connection is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/main_window.py" line="101"/>
        <source>You chose to work offline. Nothing is sent until you sync again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/main_window.py" line="102"/>
        <source>The store server no longer accepts this computer. A manager must enroll it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/main_window.py" line="103"/>
        <source>The store server answers with errors. Clerk keeps retrying; your work is safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/main_window.py" line="115"/>
        <source>Synced %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/main_window.py" line="116"/>
        <source>Not synced yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../clerk_app/ui/main_window.py" line="119"/>
        <source>%n waiting to sync</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/main_window.py" line="119"/>
        <source>All synced</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../clerk_app/ui/main_window.py" line="121"/>
        <source>%n conflict(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../clerk_app/ui/crash.py" line="78"/>
        <source>Clerk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/crash.py" line="91"/>
        <source>Something went wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/crash.py" line="92"/>
        <source>Your work waiting to sync is safe. Clerk can keep running; if this repeats, restart it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/crash.py" line="102"/>
        <source>Copy details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/crash.py" line="103"/>
        <source>Copy the technical details, to send to your IT support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/crash.py" line="105"/>
        <source>Quit Clerk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/crash.py" line="107"/>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../clerk_app/ui/crash.py" line="121"/>
        <source>This happened %n time(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/crash.py" line="127"/>
        <source>Copied</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerView</name>
    <message>
        <location filename="../../clerk_app/ui/customer_view.py" line="73"/>
        <source>Order history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/customer_view.py" line="75"/>
        <source>All channels · click an order for its lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/customer_view.py" line="202"/>
        <source>Loading this customer from the server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/customer_view.py" line="203"/>
        <source>This customer is not on this computer, and the server cannot be asked right now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/customer_view.py" line="222"/>
        <source>From the server · not kept on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/customer_view.py" line="225"/>
        <source>Up to date · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/customer_view.py" line="226"/>
        <source>Checked with the store server just now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/customer_view.py" line="228"/>
        <source>Offline — as of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/customer_view.py" line="229"/>
        <source>The store server cannot be reached: this is what this computer last heard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/customer_view.py" line="231"/>
        <source>As of %1 · refreshing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/customer_view.py" line="234"/>
        <source>As of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/customer_view.py" line="235"/>
        <source>The server could not be asked just now.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Customers</name>
    <message>
        <location filename="../../clerk_app/ui/search_model.py" line="141"/>
        <source>From the server</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomersPage</name>
    <message>
        <location filename="../../clerk_app/ui/customers.py" line="63"/>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/customers.py" line="91"/>
        <source>Find a customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/customers.py" line="93"/>
        <source>Type a name, email, phone, loyalty card or order number — or scan it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/customers.py" line="97"/>
        <source>Ctrl+K jumps to the search bar from anywhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/customers.py" line="128"/>
        <source>No customer found for “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/customers.py" line="189"/>
        <source>Search results appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/customers.py" line="192"/>
        <source>Found: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/customers.py" line="192"/>
        <source>No customer found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/customers.py" line="194"/>
        <source>on this computer · asking the server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/customers.py" line="196"/>
        <source>%1 more from the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/customers.py" line="197"/>
        <source>the server has no others</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/customers.py" line="199"/>
        <source>from this computer only (the server did not answer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/customers.py" line="201"/>
        <source>from this computer only (signed in offline)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/customers.py" line="203"/>
        <source>Offline — from this computer only</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <location filename="../../clerk_app/ui/dashboard_charts.py" line="176"/>
        <source>Pickups per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/dashboard_charts.py" line="189"/>
        <source>How long open pickups have waited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/dashboard_charts.py" line="194"/>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../clerk_app/ui/dashboard.py" line="61"/>
        <source>Only a store manager can see the store&apos;s figures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/dashboard.py" line="89"/>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/dashboard.py" line="92"/>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/dashboard.py" line="92"/>
        <source>7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/dashboard.py" line="92"/>
        <source>30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/dashboard.py" line="92"/>
        <source>Custom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/dashboard.py" line="113"/>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/dashboard.py" line="118"/>
        <source>Export to CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/dashboard.py" line="119"/>
        <source>Save the pickups created in this period as a spreadsheet file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/dashboard.py" line="126"/>
        <source>Closed pickups older than 30 days are not kept on this computer; these figures may be incomplete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/dashboard.py" line="133"/>
        <source>Open pickups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/dashboard.py" line="133"/>
        <source>Overdue now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/dashboard.py" line="134"/>
        <source>Ready and waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/dashboard.py" line="134"/>
        <source>Picked up today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/dashboard.py" line="135"/>
        <source>Orders in the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/dashboard.py" line="135"/>
        <source>Order to ready (median)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/dashboard.py" line="136"/>
        <source>Ready on time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/dashboard.py" line="136"/>
        <source>Wait on shelf (median)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/dashboard.py" line="137"/>
        <source>No-show rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/dashboard.py" line="140"/>
        <source>Right now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/dashboard.py" line="266"/>
        <source>Orders created %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/dashboard.py" line="276"/>
        <source>on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/dashboard.py" line="277"/>
        <source>from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/dashboard.py" line="283"/>
        <source>%1 new · %2 picking · %3 ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/dashboard.py" line="286"/>
        <source>not ready by the promised time</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../clerk_app/ui/dashboard.py" line="290"/>
        <source>%n past collect-by</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/dashboard.py" line="290"/>
        <source>on the shelf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/dashboard.py" line="291"/>
        <source>handed over since midnight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/dashboard.py" line="292"/>
        <source>%1 picked up · %2 no-show · %3 cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/dashboard.py" line="295"/>
        <source>No order created in this period has been ready yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/dashboard.py" line="296"/>
        <source>from order to on the shelf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/dashboard.py" line="298"/>
        <location filename="../../clerk_app/ui/dashboard.py" line="300"/>
        <source>by the promised time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/dashboard.py" line="302"/>
        <source>from ready to collected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/dashboard.py" line="303"/>
        <source>No order created in this period has been collected yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/dashboard.py" line="305"/>
        <location filename="../../clerk_app/ui/dashboard.py" line="308"/>
        <source>of collected or missed orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/dashboard.py" line="306"/>
        <source>No order created in this period was collected or missed yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/dashboard.py" line="319"/>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/dashboard.py" line="319"/>
        <source>Past collect-by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/dashboard.py" line="320"/>
        <source>To restock (no-shows)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/dashboard.py" line="334"/>
        <source>Figures from this computer&apos;s data; it has not synced with the store server yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/dashboard.py" line="336"/>
        <source>Figures from this computer&apos;s data, as of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/dashboard.py" line="338"/>
        <source>Offline: figures from this computer&apos;s data as of %1. Changes made elsewhere since then are not counted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/dashboard.py" line="353"/>
        <source>Export pickups to CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/dashboard.py" line="354"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../clerk_app/ui/dashboard.py" line="374"/>
        <source>%Ln pickup(s) created %1, with their state now.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DemoMenu</name>
    <message>
        <location filename="../../clerk_app/ui/demo_menu.py" line="29"/>
        <source>&amp;Demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/demo_menu.py" line="31"/>
        <location filename="../../clerk_app/ui/demo_menu.py" line="56"/>
        <source>Cut the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/demo_menu.py" line="32"/>
        <source>Act as if the store&apos;s network cable were pulled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/demo_menu.py" line="34"/>
        <source>New web order for pickup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/demo_menu.py" line="35"/>
        <source>Customer edits their online cart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/demo_menu.py" line="36"/>
        <source>Cancel an order centrally</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/demo_menu.py" line="38"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/demo_menu.py" line="40"/>
        <location filename="../../clerk_app/ui/demo_menu.py" line="126"/>
        <source>Demo tour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/demo_menu.py" line="56"/>
        <source>Restore the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/demo_menu.py" line="59"/>
        <source>The connection is cut. Keep working: what you do waits to sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/demo_menu.py" line="60"/>
        <source>The connection is back. Waiting actions are being sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/demo_menu.py" line="84"/>
        <source>A new web order for pickup arrived: order %1 for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/demo_menu.py" line="86"/>
        <source>No customer could place a web order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/demo_menu.py" line="97"/>
        <source>%1 changed their online cart; it now comes to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/demo_menu.py" line="99"/>
        <source>No customer has a cart to edit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/demo_menu.py" line="113"/>
        <source>The customer service centre cancelled order %1 (%2). If it was being handed over here, Activity shows a conflict.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/demo_menu.py" line="116"/>
        <source>No open order of this store could be cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/demo_menu.py" line="124"/>
        <source>%1 (username %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/demo_menu.py" line="125"/>
        <source>an associate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/demo_menu.py" line="126"/>
        <source>Try this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/demo_menu.py" line="129"/>
        <source>&lt;ol&gt;&lt;li&gt;Sign in as %1 with the password &lt;b&gt;%2&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;Demo → &lt;b&gt;Cut the connection&lt;/b&gt;: the status bar turns to Offline.&lt;/li&gt;&lt;li&gt;Open Pickups and hand over a ready order: it shows at once, marked as waiting to sync.&lt;/li&gt;&lt;li&gt;Demo → &lt;b&gt;Restore the connection&lt;/b&gt; and watch it sync in Activity.&lt;/li&gt;&lt;li&gt;Cut the connection again, start handing over another order, then Demo → &lt;b&gt;Cancel an order centrally&lt;/b&gt;. Restore the connection: Activity shows the conflict and your choices.&lt;/li&gt;&lt;li&gt;While online, Demo → &lt;b&gt;New web order for pickup&lt;/b&gt;: it appears in Pickups without a refresh.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EnrollDialog</name>
    <message>
        <location filename="../../clerk_app/ui/enroll_dialog.py" line="44"/>
        <source>Set up Clerk on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/enroll_dialog.py" line="50"/>
        <source>Set up this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/enroll_dialog.py" line="62"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/enroll_dialog.py" line="63"/>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/enroll_dialog.py" line="64"/>
        <location filename="../../clerk_app/ui/enroll_dialog.py" line="138"/>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/enroll_dialog.py" line="65"/>
        <location filename="../../clerk_app/ui/enroll_dialog.py" line="139"/>
        <source>Connect this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/enroll_dialog.py" line="83"/>
        <source>Clerk connects to your store once. A manager signs in here to do it; after that, staff sign in with their own username.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/enroll_dialog.py" line="92"/>
        <source>Store server address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/enroll_dialog.py" line="93"/>
        <source>Manager&apos;s username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/enroll_dialog.py" line="94"/>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/enroll_dialog.py" line="109"/>
        <source>As staff call it, e.g. Riverside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/enroll_dialog.py" line="111"/>
        <source>Store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/enroll_dialog.py" line="112"/>
        <source>Store name shown in Clerk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/enroll_dialog.py" line="113"/>
        <source>This computer&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/enroll_dialog.py" line="138"/>
        <source>Signing in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/enroll_dialog.py" line="139"/>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/enroll_dialog.py" line="153"/>
        <source>The store server address must start with https:// (http:// only for a server on this computer), for example https://central.example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/enroll_dialog.py" line="159"/>
        <source>Enter the manager&apos;s username and password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/enroll_dialog.py" line="186"/>
        <source>Signed in as %1 (manager). Choose the store this computer works for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/enroll_dialog.py" line="241"/>
        <source>Only a manager can set up this computer. Ask a manager of this store to sign in here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/enroll_dialog.py" line="245"/>
        <source>Clerk can&apos;t reach the store server at that address. Check the address and the network, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/enroll_dialog.py" line="248"/>
        <source>That username and password don&apos;t match. Check them and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../clerk_app/ui/enroll_dialog.py" line="253"/>
        <source>Too many wrong passwords. Sign-in for this username is locked for %n minute(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/enroll_dialog.py" line="256"/>
        <source>That address doesn&apos;t answer like a Clerk store server. Check it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/enroll_dialog.py" line="260"/>
        <source>Clerk couldn&apos;t save its settings on this computer. Check the disk and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../clerk_app/ui/export_dialog.py" line="49"/>
        <source>Export to CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/export_dialog.py" line="61"/>
        <source>Export pickups to CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/export_dialog.py" line="64"/>
        <source>To: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/export_dialog.py" line="75"/>
        <source>Open folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/export_dialog.py" line="77"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/export_dialog.py" line="79"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/export_dialog.py" line="93"/>
        <source>Writing the file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/export_dialog.py" line="115"/>
        <source>Order number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/export_dialog.py" line="115"/>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/export_dialog.py" line="115"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/export_dialog.py" line="115"/>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/export_dialog.py" line="116"/>
        <source>Promised by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/export_dialog.py" line="116"/>
        <source>Ready at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/export_dialog.py" line="116"/>
        <source>Collect by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/export_dialog.py" line="116"/>
        <source>Picked up at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/export_dialog.py" line="117"/>
        <source>Shelf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/export_dialog.py" line="117"/>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/export_dialog.py" line="117"/>
        <source>Hand-over ID check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/export_dialog.py" line="117"/>
        <source>Cancel reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/export_dialog.py" line="127"/>
        <source>Stopping…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../clerk_app/ui/export_dialog.py" line="150"/>
        <source>Saved %Ln pickup(s) to %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/export_dialog.py" line="155"/>
        <source>Export cancelled. No file was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/export_dialog.py" line="158"/>
        <source>an unexpected error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/export_dialog.py" line="159"/>
        <source>The file could not be saved (%1). Try another folder.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HandOverDialog</name>
    <message>
        <location filename="../../clerk_app/ui/pickup_dialogs.py" line="201"/>
        <location filename="../../clerk_app/ui/pickup_dialogs.py" line="254"/>
        <source>Hand over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/pickup_dialogs.py" line="205"/>
        <source>Hand over order %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/pickup_dialogs.py" line="208"/>
        <source>On shelf %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/pickup_dialogs.py" line="214"/>
        <source>Type or scan the customer&apos;s code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/pickup_dialogs.py" line="217"/>
        <source>Pickup code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/pickup_dialogs.py" line="223"/>
        <source>%1 (the customer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/pickup_dialogs.py" line="229"/>
        <source>%1 (named by the customer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/pickup_dialogs.py" line="232"/>
        <source>Collected by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/pickup_dialogs.py" line="238"/>
        <source>ID checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/pickup_dialogs.py" line="241"/>
        <source>Last 4 characters of the document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/pickup_dialogs.py" line="242"/>
        <source>Last four</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/pickup_dialogs.py" line="245"/>
        <location filename="../../clerk_app/ui/pickup_dialogs.py" line="246"/>
        <source>Collected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/pickup_dialogs.py" line="246"/>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/pickup_dialogs.py" line="246"/>
        <source>Picked</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../clerk_app/ui/pickup_dialogs.py" line="281"/>
        <source>%n item(s) stay in the store and go back to stock.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/pickup_dialogs.py" line="287"/>
        <source>Enter the pickup code the customer shows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/pickup_dialogs.py" line="289"/>
        <source>That code doesn&apos;t match this order. Check the code on the customer&apos;s confirmation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/pickup_dialogs.py" line="293"/>
        <source>Enter the last four characters of the ID document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/pickup_dialogs.py" line="295"/>
        <source>Nothing is collected. Hand over at least one item.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HeaderCard</name>
    <message>
        <location filename="../../clerk_app/ui/customer_cards.py" line="97"/>
        <source>Points: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/customer_cards.py" line="99"/>
        <source>Not in the loyalty programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/customer_cards.py" line="102"/>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/customer_cards.py" line="102"/>
        <location filename="../../clerk_app/ui/customer_cards.py" line="103"/>
        <source>None given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/customer_cards.py" line="103"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/customer_cards.py" line="104"/>
        <source>Prefers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/customer_cards.py" line="105"/>
        <source>Marketing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/customer_cards.py" line="105"/>
        <source>Agreed to offers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/customer_cards.py" line="105"/>
        <source>No offers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/customer_cards.py" line="106"/>
        <source>Home store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/customer_cards.py" line="107"/>
        <source>Loyalty card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/customer_cards.py" line="107"/>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../clerk_app/ui/main_window.py" line="133"/>
        <source>Clerk — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/main_window.py" line="162"/>
        <source>Clerk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/main_window.py" line="187"/>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/main_window.py" line="187"/>
        <source>Pickups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/main_window.py" line="187"/>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/main_window.py" line="188"/>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/main_window.py" line="220"/>
        <source>Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/main_window.py" line="221"/>
        <source>Lock the screen (Ctrl+L); unlock or switch staff from the lock screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/main_window.py" line="292"/>
        <source> (signed in offline)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/main_window.py" line="293"/>
        <source>Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/main_window.py" line="293"/>
        <source>Associate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/main_window.py" line="308"/>
        <source>The connection is back. To see live data from the store server, sign in again: Lock, then Switch staff. Until then Clerk shows what is saved on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ManagerSection</name>
    <message>
        <location filename="../../clerk_app/ui/pickup_manager.py" line="133"/>
        <source>Manager actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/pickup_manager.py" line="134"/>
        <source>Needs a manager: a manager approves here with their password, and the action is recorded in their name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/pickup_manager.py" line="139"/>
        <source>Cancel order…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/pickup_manager.py" line="140"/>
        <source>Mark no-show…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/pickup_manager.py" line="141"/>
        <source>Restock…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/pickup_manager.py" line="164"/>
        <source>Needs a manager&apos;s approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/pickup_manager.py" line="190"/>
        <location filename="../../clerk_app/ui/pickup_manager.py" line="199"/>
        <source>Cancel order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/pickup_manager.py" line="197"/>
        <source>Order %1 cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/pickup_manager.py" line="199"/>
        <source>Reason: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/pickup_manager.py" line="207"/>
        <source>The customer did not collect it by %1. The order is closed and its items wait to be restocked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/pickup_manager.py" line="211"/>
        <source>Order %1 marked as a no-show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/pickup_manager.py" line="214"/>
        <location filename="../../clerk_app/ui/pickup_manager.py" line="215"/>
        <source>Mark no-show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/pickup_manager.py" line="215"/>
        <source>Mark order %1 as a no-show?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/pickup_manager.py" line="222"/>
        <source>Its items go back on the shelves for sale. The order stays closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/pickup_manager.py" line="226"/>
        <source>Order %1 restocked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/pickup_manager.py" line="228"/>
        <source>Restock order %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/pickup_manager.py" line="229"/>
        <location filename="../../clerk_app/ui/pickup_manager.py" line="230"/>
        <source>Restock</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MarkReadyDialog</name>
    <message>
        <location filename="../../clerk_app/ui/pickup_dialogs.py" line="140"/>
        <location filename="../../clerk_app/ui/pickup_dialogs.py" line="159"/>
        <source>Mark ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/pickup_dialogs.py" line="144"/>
        <source>Order %1 is ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/pickup_dialogs.py" line="147"/>
        <source>For example B-04</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/pickup_dialogs.py" line="149"/>
        <source>Shelf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/pickup_dialogs.py" line="151"/>
        <location filename="../../clerk_app/ui/pickup_dialogs.py" line="152"/>
        <source>Picked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/pickup_dialogs.py" line="152"/>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/pickup_dialogs.py" line="152"/>
        <source>Ordered</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../clerk_app/ui/pickup_dialogs.py" line="174"/>
        <source>Partial pick: %n item(s) missing. The customer&apos;s ready notice will say what is missing; only what was picked can be handed over.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/pickup_dialogs.py" line="180"/>
        <source>Enter the shelf where the order waits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/pickup_dialogs.py" line="182"/>
        <source>Nothing is picked. Pick at least one item, or ask a manager to cancel the order.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotesCard</name>
    <message>
        <location filename="../../clerk_app/ui/customer_cards.py" line="284"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/customer_cards.py" line="287"/>
        <source>Add a note for colleagues (Ctrl+Enter to save)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/customer_cards.py" line="289"/>
        <source>Add note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/customer_cards.py" line="311"/>
        <source>No notes yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/customer_cards.py" line="322"/>
        <source>Waiting to sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/customer_cards.py" line="323"/>
        <source>Saved on this computer; it reaches the server when the connection is back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrderHistoryModel</name>
    <message>
        <location filename="../../clerk_app/ui/order_history.py" line="179"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/order_history.py" line="179"/>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/order_history.py" line="179"/>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/order_history.py" line="179"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/order_history.py" line="179"/>
        <source>How</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/order_history.py" line="180"/>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverviewCards</name>
    <message>
        <location filename="../../clerk_app/ui/customer_cards.py" line="150"/>
        <source>Lifetime value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/customer_cards.py" line="151"/>
        <source>Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/customer_cards.py" line="152"/>
        <source>Channels used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/customer_cards.py" line="153"/>
        <source>Open pickups here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/customer_cards.py" line="154"/>
        <source>Active cart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/customer_cards.py" line="168"/>
        <source>Last: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/customer_cards.py" line="186"/>
        <source>Open this pickup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/customer_cards.py" line="191"/>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/customer_cards.py" line="195"/>
        <source>Items: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PendingModel</name>
    <message>
        <location filename="../../clerk_app/ui/activity_items.py" line="63"/>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/activity_items.py" line="63"/>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/activity_items.py" line="63"/>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/activity_items.py" line="63"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/activity_items.py" line="63"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../clerk_app/ui/activity_items.py" line="84"/>
        <source>Tried %n time(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/activity_items.py" line="87"/>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/activity_items.py" line="88"/>
        <source>Held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/activity_items.py" line="89"/>
        <source>Not sent yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PickupDetail</name>
    <message>
        <location filename="../../clerk_app/ui/pickup_detail.py" line="50"/>
        <source>Select an order to see its items, deadlines and what to do next.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/pickup_detail.py" line="69"/>
        <source>Waiting to sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/pickup_detail.py" line="70"/>
        <source>Saved on this computer; it reaches the store server when the connection allows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/pickup_detail.py" line="84"/>
        <source>Start picking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/pickup_detail.py" line="85"/>
        <source>Mark ready…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/pickup_detail.py" line="86"/>
        <source>Hand over…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/pickup_detail.py" line="87"/>
        <source>Customer arrived…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/pickup_detail.py" line="135"/>
        <source>Send reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/pickup_detail.py" line="114"/>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/pickup_detail.py" line="97"/>
        <source>Print slip…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/pickup_detail.py" line="98"/>
        <source>Print bag label…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/pickup_detail.py" line="99"/>
        <source>The order, customer, items, shelf and deadlines on one page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/pickup_detail.py" line="100"/>
        <source>A label for the bag, with a code to scan at hand-over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/pickup_detail.py" line="116"/>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/pickup_detail.py" line="116"/>
        <location filename="../../clerk_app/ui/pickup_detail.py" line="206"/>
        <source>Ordered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/pickup_detail.py" line="116"/>
        <source>Picked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/pickup_detail.py" line="116"/>
        <source>Collected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/pickup_detail.py" line="129"/>
        <source>Messages to the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/pickup_detail.py" line="136"/>
        <source>Re-send ready notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/pickup_detail.py" line="143"/>
        <source>Hand-over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/pickup_detail.py" line="175"/>
        <source>Order %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/pickup_detail.py" line="179"/>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/pickup_detail.py" line="181"/>
        <source>Customer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/pickup_detail.py" line="207"/>
        <source>Ready by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/pickup_detail.py" line="209"/>
        <source>Ready since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/pickup_detail.py" line="211"/>
        <source>Collect by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/pickup_detail.py" line="212"/>
        <source>Shelf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/pickup_detail.py" line="212"/>
        <source>Not on a shelf yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/pickup_detail.py" line="214"/>
        <source>May also collect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/pickup_detail.py" line="216"/>
        <source>Here since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/pickup_detail.py" line="219"/>
        <source>Customer arrived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/pickup_detail.py" line="221"/>
        <source>Picked up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/pickup_detail.py" line="223"/>
        <source>Cancelled because</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/pickup_detail.py" line="250"/>
        <source>Ready notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/pickup_detail.py" line="250"/>
        <source>Reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/pickup_detail.py" line="250"/>
        <source>Cancellation notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/pickup_detail.py" line="251"/>
        <source>by email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/pickup_detail.py" line="251"/>
        <source>by text message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/pickup_detail.py" line="251"/>
        <source>by phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/pickup_detail.py" line="252"/>
        <source>in the app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/pickup_detail.py" line="256"/>
        <source>waiting to sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/pickup_detail.py" line="275"/>
        <source>someone else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/pickup_detail.py" line="279"/>
        <source>%1 ending %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/pickup_detail.py" line="283"/>
        <source>Collected by %1 · %2 · handed over by %3, %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/pickup_detail.py" line="314"/>
        <source>Picking started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/pickup_detail.py" line="317"/>
        <source>Reminder queued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/pickup_detail.py" line="320"/>
        <source>Ready notice queued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/pickup_detail.py" line="349"/>
        <source>Marked ready on shelf %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/pickup_detail.py" line="355"/>
        <source>Handed over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/pickup_detail.py" line="361"/>
        <source>Arrival recorded.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PickupListModel</name>
    <message>
        <location filename="../../clerk_app/ui/dashboard_widgets.py" line="110"/>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/dashboard_widgets.py" line="110"/>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/dashboard_widgets.py" line="110"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/dashboard_widgets.py" line="110"/>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/dashboard_widgets.py" line="111"/>
        <source>Shelf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/dashboard_widgets.py" line="130"/>
        <source>Ready by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/dashboard_widgets.py" line="130"/>
        <source>Collect by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/dashboard_widgets.py" line="143"/>
        <source>was due %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PickupQueueModel</name>
    <message>
        <location filename="../../clerk_app/ui/pickup_queue_model.py" line="59"/>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/pickup_queue_model.py" line="59"/>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/pickup_queue_model.py" line="59"/>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/pickup_queue_model.py" line="59"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/pickup_queue_model.py" line="60"/>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/pickup_queue_model.py" line="60"/>
        <source>Shelf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/pickup_queue_model.py" line="60"/>
        <source>Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/pickup_queue_model.py" line="149"/>
        <source>Ready by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/pickup_queue_model.py" line="149"/>
        <source>Collect by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/pickup_queue_model.py" line="169"/>
        <source>Waiting to sync</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PickupsPage</name>
    <message>
        <location filename="../../clerk_app/ui/pickups.py" line="51"/>
        <source>Pickups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/pickups.py" line="57"/>
        <source>Queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/pickups.py" line="58"/>
        <source>Reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/pickups.py" line="59"/>
        <source>Ready orders not collected after a number of hours: remind their customers in one go.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/pickups.py" line="123"/>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/pickups.py" line="123"/>
        <source>Picking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/pickups.py" line="123"/>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/pickups.py" line="124"/>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/pickups.py" line="124"/>
        <source>Past collect-by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/pickups.py" line="125"/>
        <source>Done today</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../clerk_app/ui/pickups.py" line="154"/>
        <source>%n open</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../clerk_app/ui/pickups.py" line="156"/>
        <source>%n overdue</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../clerk_app/ui/pickups.py" line="157"/>
        <source>%n done today</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/pickups.py" line="162"/>
        <source>No new orders. New web orders appear here by themselves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/pickups.py" line="163"/>
        <source>Nothing is being picked right now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/pickups.py" line="164"/>
        <source>No orders are waiting on the shelf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/pickups.py" line="165"/>
        <source>Nothing is overdue. Well done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/pickups.py" line="166"/>
        <source>Every ready order is still within its collect-by time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/pickups.py" line="167"/>
        <source>Nothing handed over, cancelled or missed today yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/pickups.py" line="308"/>
        <source>This order is not in this store&apos;s pickup list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/pickups.py" line="320"/>
        <source>Order %1 is %2: it can be handed over once it is ready.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <location filename="../../clerk_app/ui/print_layouts.py" line="114"/>
        <source>Or: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/print_layouts.py" line="121"/>
        <location filename="../../clerk_app/ui/print_layouts.py" line="229"/>
        <source>Shelf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/print_layouts.py" line="122"/>
        <location filename="../../clerk_app/ui/print_layouts.py" line="159"/>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/print_layouts.py" line="129"/>
        <location filename="../../clerk_app/ui/print_layouts.py" line="228"/>
        <source>Collect by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/print_layouts.py" line="135"/>
        <source>Scan at hand-over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/print_layouts.py" line="151"/>
        <source>Printed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/print_layouts.py" line="168"/>
        <source>Continued on the next page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/print_layouts.py" line="181"/>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/print_layouts.py" line="194"/>
        <source>Scan to open the order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/print_layouts.py" line="197"/>
        <location filename="../../clerk_app/ui/print_layouts.py" line="300"/>
        <location filename="../../clerk_app/ui/printing.py" line="185"/>
        <source>Pickup slip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/print_layouts.py" line="198"/>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/print_layouts.py" line="214"/>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/print_layouts.py" line="216"/>
        <source>May also collect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/print_layouts.py" line="226"/>
        <location filename="../../clerk_app/ui/print_layouts.py" line="245"/>
        <source>Ordered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/print_layouts.py" line="227"/>
        <source>Ready by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/print_layouts.py" line="228"/>
        <source>Set when ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/print_layouts.py" line="229"/>
        <source>Not on a shelf yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/print_layouts.py" line="245"/>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/print_layouts.py" line="245"/>
        <source>SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/print_layouts.py" line="246"/>
        <source>Picked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/print_layouts.py" line="270"/>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/print_layouts.py" line="283"/>
        <source>Hand-over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/print_layouts.py" line="284"/>
        <source>Check the customer&apos;s pickup code in Clerk before handing anything over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/print_layouts.py" line="287"/>
        <source>Collected by (name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/print_layouts.py" line="287"/>
        <source>ID checked (type, last 4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/print_layouts.py" line="288"/>
        <source>Date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/print_layouts.py" line="288"/>
        <source>Handed over by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/print_layouts.py" line="296"/>
        <source>Customer signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/printing.py" line="185"/>
        <source>Bag label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/printing.py" line="272"/>
        <source>Print preview — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/printing.py" line="279"/>
        <source>Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/printing.py" line="288"/>
        <source>Save as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/printing.py" line="289"/>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/printing.py" line="295"/>
        <source>The PDF could not be saved to %1. Choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/printing.py" line="298"/>
        <source>Saved %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QCoreApplication</name>
    <message>
        <location filename="../../clerk_app/ui/dashboard_charts.py" line="41"/>
        <source>Dashboard</source>
        <comment>Under 1 h</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RemindersModel</name>
    <message>
        <location filename="../../clerk_app/ui/reminders.py" line="69"/>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/reminders.py" line="69"/>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/reminders.py" line="69"/>
        <source>Ready since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/reminders.py" line="69"/>
        <source>Last reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/reminders.py" line="70"/>
        <source>Reminders sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/reminders.py" line="166"/>
        <source>%1 ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/reminders.py" line="169"/>
        <source>Queued, waiting to sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/reminders.py" line="170"/>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RemindersView</name>
    <message>
        <location filename="../../clerk_app/ui/reminders.py" line="205"/>
        <source>Ready and not collected after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/reminders.py" line="213"/>
        <source>Hours since the order was ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/reminders.py" line="214"/>
        <source>hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/reminders.py" line="219"/>
        <source>Select all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/reminders.py" line="220"/>
        <source>Select none</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../clerk_app/ui/reminders.py" line="254"/>
        <source>%n order(s) waiting</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../clerk_app/ui/reminders.py" line="255"/>
        <source>Ticked: customers not reminded in the last %n hour(s). Reminders are queued on this computer and sent when the connection allows. Double-click an order to open it.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../clerk_app/ui/reminders.py" line="258"/>
        <source>Every ready order was collected within %n hour(s) of being ready. Nobody to remind.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../clerk_app/ui/reminders.py" line="281"/>
        <source>Send reminder to %n customer(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../clerk_app/ui/reminders.py" line="318"/>
        <source>Reminders queued for %n customer(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../clerk_app/ui/reminders.py" line="320"/>
        <source>%n order(s) skipped: no longer waiting on the shelf.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchBar</name>
    <message>
        <location filename="../../clerk_app/ui/search.py" line="46"/>
        <source>Search name, email, phone, loyalty card or order number — or scan  (Ctrl+K)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignInScreen</name>
    <message>
        <location filename="../../clerk_app/ui/signin.py" line="53"/>
        <source>Clerk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/signin.py" line="99"/>
        <source>Your staff username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/signin.py" line="101"/>
        <source>The store server can&apos;t be reached. If you signed in on this computer recently, your password still works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/signin.py" line="106"/>
        <source>&amp;Username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/signin.py" line="107"/>
        <location filename="../../clerk_app/ui/signin.py" line="140"/>
        <source>&amp;Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/signin.py" line="109"/>
        <location filename="../../clerk_app/ui/signin.py" line="219"/>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/signin.py" line="130"/>
        <source>Screen locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/signin.py" line="142"/>
        <location filename="../../clerk_app/ui/signin.py" line="220"/>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/signin.py" line="144"/>
        <source>Switch staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/signin.py" line="145"/>
        <source>Sign this person out so someone else can sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/signin.py" line="157"/>
        <source>Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/signin.py" line="157"/>
        <source>Associate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/signin.py" line="166"/>
        <source>Demo staff: choose one, then press Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/signin.py" line="171"/>
        <source>Username: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/signin.py" line="197"/>
        <source> · signed in offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/signin.py" line="235"/>
        <source>Enter your username and password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/signin.py" line="250"/>
        <source>Signing in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/signin.py" line="268"/>
        <source>Signed in offline. Look-ups on the store server wait for the connection; what you do is saved here and syncs when it is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../clerk_app/ui/signin.py" line="276"/>
        <source>Too many wrong passwords. Sign-in for this username is locked for %n minute(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/signin.py" line="279"/>
        <source>This staff member is not on the staff of this store, so they can&apos;t sign in on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/signin.py" line="282"/>
        <source>That username and password don&apos;t match. Check them and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/signin.py" line="289"/>
        <source>That password doesn&apos;t match. The store server can&apos;t be reached, so Clerk checked it on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../clerk_app/ui/signin.py" line="292"/>
        <source>Too many wrong passwords. Try again in %n minute(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../clerk_app/ui/signin.py" line="294"/>
        <source>%1 hasn&apos;t signed in on this computer in the last %n hour(s), so the password can&apos;t be checked until the store server can be reached again.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/signin.py" line="298"/>
        <source>The store server can&apos;t be reached and your password can&apos;t be checked on this computer. Try again when the connection is back, or choose Switch staff.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/signin.py" line="300"/>
        <source>Signing in didn&apos;t work. Please try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/signin.py" line="311"/>
        <source>Enter your password to unlock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/signin.py" line="323"/>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Splash</name>
    <message>
        <location filename="../../clerk_app/ui/app.py" line="118"/>
        <source>Clerk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../clerk_app/ui/app.py" line="134"/>
        <source>Generating three stores and %n customer(s)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/app.py" line="135"/>
        <source>Setting up this computer as a counter of the first store…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>connection</name>
    <message>
        <location filename="../../clerk_app/ui/connection_words.py" line="13"/>
        <source>Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/connection_words.py" line="14"/>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/connection_words.py" line="15"/>
        <source>Working offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/connection_words.py" line="16"/>
        <source>Device signed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/connection_words.py" line="17"/>
        <source>Server trouble</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dialog</name>
    <message>
        <location filename="../../clerk_app/ui/pickup_dialogs.py" line="106"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>format</name>
    <message>
        <location filename="../../clerk_app/ui/format.py" line="32"/>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/format.py" line="35"/>
        <source>just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/format.py" line="50"/>
        <source>%1 d %2 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/format.py" line="52"/>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/format.py" line="53"/>
        <source>%n min</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>owner</name>
    <message>
        <location filename="../../clerk_app/ui/pickup_dialogs.py" line="189"/>
        <source>ID card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/pickup_dialogs.py" line="189"/>
        <source>Driver&apos;s licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/pickup_dialogs.py" line="190"/>
        <source>Passport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/pickup_dialogs.py" line="190"/>
        <source>Pickup code only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/pickup_dialogs.py" line="191"/>
        <source>No check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/pickup_manager.py" line="30"/>
        <source>The customer asked to cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/pickup_manager.py" line="30"/>
        <source>Items out of stock or damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/pickup_manager.py" line="31"/>
        <source>Payment problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/pickup_manager.py" line="31"/>
        <source>Duplicate order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clerk_app/ui/pickup_manager.py" line="31"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
